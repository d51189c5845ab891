package vn.bentre.papi.organisation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param adminPassword   password of the {@code admin} user; required, it has no default in production
 * @param demoUsers       the demo organisation's users {@code <unit>-cv} and {@code <unit>-ld}
 * @param supervisorUnits units whose officials follow every plan process in Cockpit
 */
@Validated
@ConfigurationProperties("papi.organisation")
public record OrganisationProperties(
        @NotBlank(message = "Thiếu mật khẩu quản trị: đặt biến môi trường PAPI_ADMIN_PASSWORD "
            + "(administrator password missing: set the environment variable PAPI_ADMIN_PASSWORD)")
        String adminPassword,
        @Valid DemoUsers demoUsers,
        List<String> supervisorUnits) {

    public OrganisationProperties {
        demoUsers = demoUsers == null ? new DemoUsers(false, null, null) : demoUsers;
        supervisorUnits = supervisorUnits == null ? List.of("so-noi-vu", "ubnd-tinh") : List.copyOf(supervisorUnits);
    }

    public record DemoUsers(boolean enabled, String password, String mailDomain) {
        public DemoUsers {
            password = password == null || password.isBlank() ? "demo" : password;
            mailDomain = mailDomain == null || mailDomain.isBlank() ? "demo.papi.bentre.local" : mailDomain;
        }
    }
}
