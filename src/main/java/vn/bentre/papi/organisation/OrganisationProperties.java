package vn.bentre.papi.organisation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminPassword   password of the {@code admin} user; required, it has no default in production
 * @param demoUsers       the demo organisation's users {@code <unit>-cv} and {@code <unit>-ld}
 * @param supervisorUnits units whose officials follow every plan process in Cockpit
 * @param processStarters per process key, the units whose officials may start it ({@code *}: every unit)
 */
@Validated
@ConfigurationProperties("papi.organisation")
public record OrganisationProperties(
        @NotBlank(message = "Thiếu mật khẩu quản trị: đặt biến môi trường PAPI_ADMIN_PASSWORD "
            + "(administrator password missing: set the environment variable PAPI_ADMIN_PASSWORD)")
        String adminPassword,
        @Valid DemoUsers demoUsers,
        List<String> supervisorUnits,
        Map<String, List<String>> processStarters) {

    public static final String EVERY_UNIT = "*";

    public OrganisationProperties {
        demoUsers = demoUsers == null ? new DemoUsers(false, null, null) : demoUsers;
        supervisorUnits = supervisorUnits == null ? List.of("so-noi-vu", "ubnd-tinh") : List.copyOf(supervisorUnits);
        processStarters = processStarters == null ? Map.of() : Map.copyOf(processStarters);
    }

    /** The process keys the unit's officials may start. */
    public List<String> processesStartableBy(String unitId) {
        return processStarters.entrySet().stream()
            .filter(e -> e.getValue().contains(EVERY_UNIT) || e.getValue().contains(unitId))
            .map(Map.Entry::getKey).sorted().toList();
    }

    public record DemoUsers(boolean enabled, String password, String mailDomain) {
        public DemoUsers {
            password = password == null || password.isBlank() ? "demo" : password;
            mailDomain = mailDomain == null || mailDomain.isBlank() ? "demo.papi.bentre.local" : mailDomain;
        }
    }
}
