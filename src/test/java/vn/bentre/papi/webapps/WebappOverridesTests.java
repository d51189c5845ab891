package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application serves the project's webapp overrides in place of the webjar's files:
 * what a browser actually receives under {@code /camunda/app/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappOverridesTests {

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldServeTheVietnameseConfigurationOfEachApp(String app) {
        String config = get("/camunda/app/" + app + "/scripts/config.js");

        assertThat(config).contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'en'",
            "normal: 'DD/MM/YYYY HH:mm'", "Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre", "'../papi/language'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldServeTheVietnameseLabelsOfEachApp(String app) {
        assertThat(get("/camunda/app/" + app + "/locales/vi.json")).contains("\"labels\"", "Đăng nhập");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldBrandEachAppWithThePlanLogo(String app) {
        assertThat(get("/camunda/app/" + app + "/styles/user-styles.css")).contains("../../papi/branding.css");
        assertThat(get("/camunda/app/papi/branding.css")).contains("logo.svg");
    }

    @Test
    void shouldServeTheLogoAsSvg() {
        ResponseEntity<String> logo = rest.getForEntity("/camunda/app/papi/logo.svg", String.class);

        assertThat(logo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(logo.getHeaders().getContentType()).isNotNull()
            .matches(type -> type.isCompatibleWith(MediaType.valueOf("image/svg+xml")));
        assertThat(logo.getBody()).contains("<svg", "PAPI");
    }

    @Test
    void shouldLoadTheKeyFiguresPluginIntoCockpitsDashboard() {
        assertThat(get("/camunda/app/cockpit/scripts/config.js")).contains("'scripts/papi-key-figures'");
        assertThat(get("/camunda/app/cockpit/scripts/papi-key-figures.js"))
            .contains("pluginPoint: 'cockpit.dashboard'", "/api/webapps/key-figures", "render:");
    }

    @Test
    void shouldSortTasklistByDueDateAndCockpitDatesTheVietnameseWay() {
        assertThat(get("/camunda/app/tasklist/scripts/config.js")).contains("'scripts/papi-due-date-order'");
        assertThat(get("/camunda/app/tasklist/scripts/papi-due-date-order.js")).contains("sortBy: 'dueDate', sortOrder: 'asc'");
        assertThat(get("/camunda/app/cockpit/scripts/config.js")).contains("'scripts/papi-date-format'");
        assertThat(get("/camunda/app/cockpit/scripts/papi-date-format.js")).contains("normal: 'DD/MM/YYYY HH:mm:ss'");
    }

    private String get(String path) {
        ResponseEntity<String> response = rest.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
