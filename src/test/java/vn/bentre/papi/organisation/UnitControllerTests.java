package vn.bentre.papi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitControllerTests {

    @Autowired TestRestTemplate http;

    private TestRestTemplate official() {
        return http.withBasicAuth("xa-28756-cv", "demo");
    }

    @Test
    void shouldListEveryUnitWithItsGroups() {
        JsonNode units = official().getForObject("/api/organisation/units", JsonNode.class);
        assertThat(units).hasSize(205);
        JsonNode first = units.get(0);
        assertThat(first.get("id").asText()).isEqualTo("ubnd-tinh");
        assertThat(first.get("level").asText()).isEqualTo("PROVINCE");
        assertThat(first.get("leadersGroupId").asText()).isEqualTo("ubnd-tinh-lanh-dao");
    }

    @Test
    void shouldFilterByLevelAndParent() {
        JsonNode communes = official().getForObject("/api/organisation/units?level=commune&parentId=huyen-829", JsonNode.class);
        assertThat(communes).hasSize(17).allSatisfy(c -> {
            assertThat(c.get("level").asText()).isEqualTo("COMMUNE");
            assertThat(c.get("reviewerId").asText()).isEqualTo("huyen-829-phong-noi-vu");
        });
        assertThat(official().getForObject("/api/organisation/units?level=DISTRICT_OFFICE", JsonNode.class)).hasSize(9);
    }

    @Test
    void shouldReturnOneUnit() {
        JsonNode unit = official().getForObject("/api/organisation/units/so-noi-vu", JsonNode.class);
        assertThat(unit.get("name").asText()).isEqualTo("Sở Nội vụ");
        assertThat(unit.get("reviewerId").asText()).isEqualTo("ubnd-tinh");
        assertThat(unit.get("officialsGroupId").asText()).isEqualTo("so-noi-vu");
    }

    @Nested
    class Errors {

        @Test
        void shouldAnswer400WithTheAllowedLevelsForAnUnknownLevel() {
            var response = official().getForEntity("/api/organisation/units?level=tinh", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("Cấp đơn vị 'tinh' không hợp lệ").contains("DISTRICT_OFFICE");
        }

        @Test
        void shouldAnswer404ForAnUnknownUnit() {
            var response = official().getForEntity("/api/organisation/units/xa-0", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody()).contains("Không có đơn vị 'xa-0'");
        }

        @Test
        void shouldAnswer401WithoutCredentials() {
            var response = http.getForEntity("/api/organisation/units", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        }
    }
}
