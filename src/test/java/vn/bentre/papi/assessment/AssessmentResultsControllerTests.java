package vn.bentre.papi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** {@code GET /api/assessment/results} with the figures plan 4129/KH-UBND gives for 2013 and 2014. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentResultsControllerTests {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("xa-28756-cv", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void shouldShowThePlansOwnFiguresFor2013And2014ToAnySignedInOfficial() throws Exception {
        JsonNode years = get("/api/assessment/results");

        JsonNode y2013 = years.get(0);
        assertThat(y2013.get("year").asInt()).isEqualTo(2013);
        assertThat(y2013.get("rank").asInt()).isEqualTo(19);
        assertThat(y2013.get("provinceCount").asInt()).isEqualTo(63);
        assertThat(y2013.get("source").asText()).isEqualTo("PLAN_4129");
        assertThat(y2013.has("overallGroup")).isFalse();
        assertThat(y2013.get("dimensions")).isEmpty();

        JsonNode y2014 = years.get(1);
        assertThat(y2014.get("year").asInt()).isEqualTo(2014);
        assertThat(y2014.get("rank").asInt()).isEqualTo(30);
        assertThat(y2014.get("overallGroup").asText()).isEqualTo("HIGH_AVERAGE");
        assertThat(y2014.get("overallGroupName").asText()).isEqualTo("Trung bình cao");
        assertThat(y2014.has("overallScore")).as("the plan gives no scores").isFalse();
        assertThat(y2014.get("dimensions")).extracting(d -> d.get("dimensionId").asText() + ":" + d.get("group").asText()
                + ":" + d.get("meetsTarget").asBoolean())
            .containsExactly("PARTICIPATION:LOWEST:false", "TRANSPARENCY:LOW_AVERAGE:false", "ACCOUNTABILITY:HIGHEST:true",
                "CORRUPTION_CONTROL:HIGH_AVERAGE:true", "ADMIN_PROCEDURES:LOW_AVERAGE:false", "SERVICE_DELIVERY:HIGH_AVERAGE:true");
        JsonNode participation = y2014.get("dimensions").get(0);
        assertThat(participation.get("dimensionName").asText()).isEqualTo("Tham gia của người dân ở cấp cơ sở");
        assertThat(participation.get("groupName").asText()).isEqualTo("Thấp nhất");
        assertThat(participation.has("score")).isFalse();
    }

    @Test
    void shouldFilterByYear() throws Exception {
        JsonNode years = get("/api/assessment/results?year=2014");

        assertThat(years).hasSize(1);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2014);
        assertThat(get("/api/assessment/results?year=2012")).isEmpty();
    }

    @Test
    void shouldAskForCredentials() {
        assertThat(http.getForEntity("/api/assessment/results", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
