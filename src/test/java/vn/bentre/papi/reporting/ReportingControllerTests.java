package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** {@code GET /api/reporting/cycles} and {@code /api/reporting/cycles/{id}}: the outcomes, seen as Tasklist would let each user see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingControllerTests {

    static final String COMMUNE = "xa-28870";

    @Autowired TestRestTemplate http;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    ReportingDriver reporting;

    /** Sở Tư pháp, Chợ Lách and Bến Tre city asked; one commune of Chợ Lách returned once, then accepted; it is now the 18th. */
    @BeforeEach
    void cycleUnderWay() {
        ReportingDriver.clockAt(ReportingDriver.OPENED_ON, 8);
        reporting = new ReportingDriver(engine, jdbc);
        reporting.openCycle(ReportingDriver.DEPARTMENT, ReportingDriver.DISTRICT_ID, "huyen-829");
        reporting.submit(COMMUNE);
        reporting.sign(COMMUNE);
        reporting.returnFromReview(COMMUNE, "Bổ sung số liệu");
        reporting.reportAccepted(COMMUNE);
        ReportingDriver.clockAt(LocalDate.of(2016, 3, 18), 9);
        reporting.reportAccepted(ReportingDriver.DEPARTMENT);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reporting.cleanUp();
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static java.util.List<String> unitIds(JsonNode cycle) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        cycle.get("units").forEach(unit -> ids.add(unit.get("unitId").asText()));
        return ids;
    }

    @Test
    void shouldShowACommuneOnlyItsOwnReport() throws Exception {
        JsonNode cycle = get(COMMUNE + "-cv", "/api/reporting/cycles/2016-Q1");

        assertThat(unitIds(cycle)).containsExactly(COMMUNE);
        JsonNode unit = cycle.get("units").get(0);
        assertThat(unit.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(unit.get("statusLabel").asText()).isEqualTo("Đã chấp nhận");
        assertThat(unit.get("dueAt").asText()).isEqualTo("2016-03-17T10:00:00Z");
        assertThat(unit.get("submittedAt").asText()).isEqualTo("2016-03-15T01:00:00Z");
        assertThat(unit.get("onTime").asBoolean()).isTrue();
        assertThat(unit.get("timeliness").asText()).isEqualTo("ON_TIME");
        assertThat(unit.get("reviewRounds").asInt()).isEqualTo(2);
        assertThat(unit.get("rounds").asInt()).isEqualTo(2);
        assertThat(cycle.get("consolidations")).isEmpty();
        assertThat(cycle.get("reports").get("expected").asInt()).isEqualTo(1);

        JsonNode list = get(COMMUNE + "-ld", "/api/reporting/cycles");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo("2016-Q1");
        assertThat(list.get(0).get("periodLabel").asText()).isEqualTo("Quý I năm 2016");
        assertThat(list.get(0).get("reports").get("expected").asInt()).isEqualTo(1);
    }

    @Test
    void shouldShowADistrictsHomeAffairsOfficeTheDistrictAndItsCommunes() throws Exception {
        JsonNode cycle = get("huyen-832-phong-noi-vu-cv", "/api/reporting/cycles/2016-Q1");

        assertThat(unitIds(cycle)).hasSize(12).contains("huyen-832", COMMUNE).doesNotContain("huyen-829", "so-tu-phap", "xa-28756");
        assertThat(cycle.get("reports").get("missing").asInt()).isEqualTo(10);
        assertThat(cycle.get("reports").get("onTime").asInt()).isEqualTo(1);
        assertThat(cycle.get("consolidations")).hasSize(1);
        assertThat(cycle.get("consolidations").get(0).get("id").asText()).isEqualTo("2016-Q1:huyen-832");
        assertThat(cycle.get("consolidations").get(0).get("consolidatorName").asText()).isEqualTo("Phòng Nội vụ huyện Chợ Lách");
    }

    @Test
    void shouldShowTheDistrictsOwnOfficialsOnlyTheDistrictsReport() throws Exception {
        assertThat(unitIds(get("huyen-832-cv", "/api/reporting/cycles/2016-Q1"))).containsExactly("huyen-832");
    }

    @Test
    void shouldShowSupervisorsAndAdministratorsEveryUnit() throws Exception {
        JsonNode cycle = get("so-noi-vu-cv", "/api/reporting/cycles/2016-Q1");

        assertThat(unitIds(cycle)).hasSize(1 + 2 + 11 + 17).contains("so-tu-phap", "huyen-829", "xa-28756", COMMUNE);
        JsonNode department = java.util.stream.StreamSupport.stream(cycle.get("units").spliterator(), false)
            .filter(u -> u.get("unitId").asText().equals("so-tu-phap")).findFirst().orElseThrow();
        assertThat(department.get("timeliness").asText()).isEqualTo("ON_TIME");
        assertThat(department.get("level").asText()).isEqualTo("DEPARTMENT");
        assertThat(cycle.get("consolidations")).hasSize(3);
        assertThat(cycle.get("deadlines").get("province").asText()).isEqualTo("2016-03-24T10:00:00Z");
        assertThat(unitIds(get("ubnd-tinh-ld", "/api/reporting/cycles/2016-Q1"))).hasSize(31);
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/reporting/cycles/2016-Q1", String.class).getBody())
            .contains("\"unitId\":\"xa-28756\"");
    }

    /** Sở Nội vụ opens periods over REST as from Tasklist's start form; nobody else may. */
    @Nested
    class OpeningOverEngineRest {

        private ResponseEntity<String> open(String user, String periodType) {
            String body = "{\"variables\":{\"periodType\":{\"value\":\"" + periodType + "\"},"
                + "\"periodYear\":{\"value\":2016,\"type\":\"Integer\"},\"reportingUnitIds\":{\"value\":\"so-tu-phap\"}}}";
            var headers = new org.springframework.http.HttpHeaders();
            headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
            return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/process-definition/key/papi-reporting-cycle/start",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
        }

        @Test
        void shouldLetSoNoiVuOpenAPeriodAndRecordWhoOpenedIt() {
            assertThat(open("so-noi-vu-cv", "H1").getStatusCode()).isEqualTo(HttpStatus.OK);

            assertThat(jdbc.sql("select opened_by from rpt_cycle where id = '2016-H1'").query(String.class).single())
                .isEqualTo("so-noi-vu-cv");
        }

        @Test
        void shouldRefuseTheSamePeriodTwiceWithAVietnameseMessage() {
            ResponseEntity<String> response = open("so-noi-vu-cv", "Q1");

            // Camunda's REST start endpoint answers every refused start with 500 ("Cannot instantiate process
            // definition …: <message>").
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(response.getBody()).contains("Kỳ báo cáo Quý I năm 2016 đã được mở ngày 15/03/2016");
        }

        @Test
        void shouldRefuseTheSamePeriodTwiceFromTheStartFormAsABadRequest() {
            String body = "{\"variables\":{\"periodType\":{\"value\":\"Q1\"},\"periodYear\":{\"value\":2016}}}";
            var headers = new org.springframework.http.HttpHeaders();
            headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

            // What Tasklist calls for a start form: a rejected input there is a 400 with the message.
            ResponseEntity<String> response = http.withBasicAuth("so-noi-vu-cv", "demo").postForEntity(
                "/engine-rest/process-definition/key/papi-reporting-cycle/submit-form",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("Kỳ báo cáo Quý I năm 2016 đã được mở ngày 15/03/2016");
        }

        @Test
        void shouldRefuseAnInvalidReportOverEngineRestWithItsMessage() throws Exception {
            String taskId = reporting.task(reporting.report("xa-28873"), "writeUnitReport").getId();
            String body = "{\"variables\":{\"measureReports\":{\"type\":\"Json\",\"value\":\"[{\\\"measureId\\\":\\\"procedures-2\\\"}]\"}}}";
            var headers = new org.springframework.http.HttpHeaders();
            headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);

            ResponseEntity<String> response = http.withBasicAuth("xa-28873-cv", "demo").postForEntity(
                "/engine-rest/task/" + taskId + "/complete", new org.springframework.http.HttpEntity<>(body, headers), String.class);

            // A rejected input is a form validation error to Camunda's REST: 400 "Cannot complete task …: <message>".
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(response.getBody()).get("message").asText())
                .contains("Báo cáo chưa hợp lệ: Giải pháp dòng 1: cần chọn tình trạng");
            assertThat(reporting.reportRow("xa-28873")).containsEntry("STATUS", "DRAFTING");
        }

        @Test
        void shouldForbidOtherUnitsToOpenAPeriod() {
            assertThat(open("xa-28756-cv", "H1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(jdbc.sql("select count(*) from rpt_cycle where id = '2016-H1'").query(Integer.class).single()).isZero();
        }
    }

    @Nested
    class Refused {

        @Test
        void shouldAnswerAnUnknownCycleWith404InVietnamese() {
            ResponseEntity<String> response = http.withBasicAuth("so-noi-vu-cv", "demo")
                .getForEntity("/api/reporting/cycles/2016-Q2", String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody()).contains("Không có kỳ báo cáo '2016-Q2'");
        }

        @Test
        void shouldAskForCredentials() {
            assertThat(http.getForEntity("/api/reporting/cycles", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            // A user no other test logs in as: a wrong password locks the user out for a few seconds.
            assertThat(http.withBasicAuth("xa-28759-cv", "wrong").getForEntity("/api/reporting/cycles/2016-Q1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }
}
