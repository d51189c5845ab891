package vn.bentre.papi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.EngineRestClient;
import vn.bentre.papi.support.Jobs;
import vn.bentre.papi.support.PostgresTest;

/**
 * Every department and district (30 units) sends its self-assessment at the same moment over
 * /engine-rest on PostgreSQL, then every head signs at the same moment: each unit works in its own
 * process instance behind the call activity's asynchronous boundaries (DESIGN.md §5), so no request
 * collides with another. The review then goes on with all 30, and the report is built from PostgreSQL.
 */
@PostgresTest
class ConcurrentSelfAssessmentIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        fixtures = new ReviewFixtures(jdbc);
        fixtures.insert();
    }

    @AfterEach
    void tearDown() {
        Cleanup.deleteInstances(engine, ReviewDriver.PROCESS, ReviewDriver.SELF_ASSESSMENT);
        fixtures.delete();
    }

    @Test
    void shouldAcceptThirtySimultaneousSelfAssessmentsAndSignaturesAndGoOnWithAll() throws Exception {
        ProcessInstance review = new ReviewDriver(engine).start(null, DueDates.today().plusDays(14));
        List<ProcessInstance> units = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ReviewDriver.SELF_ASSESSMENT).superProcessInstanceId(review.getId()).list();
        assertThat(units).hasSize(30);
        var rest = new EngineRestClient(port);

        List<Integer> filled = EngineRestClient.simultaneously(units, unit -> rest.completeTask(unitOf(unit) + "-cv", "demo",
            taskOf(rest, unitOf(unit) + "-cv", unit), Map.of(
                "overallAssessment", EngineRestClient.typed("Hoàn thành các giải pháp được giao", "String"),
                "communesSummary", EngineRestClient.typed("Các xã đã báo cáo đầy đủ", "String"),
                "dim1Done", EngineRestClient.typed(3, "Long"))));
        List<Integer> signed = EngineRestClient.simultaneously(units, unit -> rest.completeTask(unitOf(unit) + "-ld", "demo",
            taskOf(rest, unitOf(unit) + "-ld", unit), Map.of("signOffDecision", EngineRestClient.typed("SIGN", "String"))));
        Jobs.runAll(engine.getManagementService());

        assertThat(filled).containsOnly(204);
        assertThat(signed).containsOnly(204);
        assertThat(review).isWaitingAt("draftReviewReport").variables().containsEntry("reviewAnsweredCount", 30)
            .containsEntry("missingUnitsText", null);
        assertThat(jdbc.sql("select count(*) from rev_self_assessment where review_id = ? and status = 'SIGNED'")
            .param(review.getId()).query(Integer.class).single()).isEqualTo(30);
        assertThat(engine.getManagementService().createJobQuery().withException().count()).isZero();

        HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/reviews/" + review.getId() + "/report.docx"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("so-noi-vu-cv:demo".getBytes(StandardCharsets.UTF_8)))
            .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("DỰ THẢO", "Sở Tư pháp", "UBND huyện Mỏ Cày Bắc");
        }
    }

    private static String unitOf(ProcessInstance selfAssessment) {
        return selfAssessment.getBusinessKey().substring(selfAssessment.getBusinessKey().indexOf(':') + 1);
    }

    private String taskOf(EngineRestClient rest, String user, ProcessInstance instance) {
        var tasks = rest.get(user, "demo", "/task?processInstanceId=" + instance.getId());
        assertThat(tasks).as("task visible to %s", user).hasSize(1);
        return tasks.get(0).get("id").asText();
    }
}
