package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.bentre.papi.support.PostgresTest;

/**
 * Every section's queries on PostgreSQL (the H2 tests cannot show a dialect problem). Read only:
 * the test database may be shared with other test runs, so nothing is written or deleted here.
 */
@PostgresTest
class DashboardPostgresIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void shouldLoadEverySectionWithoutError() throws Exception {
        for (String user : new String[] {"so-noi-vu-cv", "huyen-832-phong-noi-vu-cv", "xa-28756-cv"}) {
            ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/dashboard", String.class);

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            JsonNode sections = json.readTree(response.getBody()).get("sections");
            assertThat(sections).extracting(s -> s.get("id").asText()).containsExactly("rollout-progress", "overdue-tasks",
                "reminders", "reporting-cycles", "open-obstacles", "papi-scores");
            sections.forEach(section -> assertThat(section.has("error")).as("%s for %s: %s", section.get("id"), user, section).isFalse());
        }
    }
}
