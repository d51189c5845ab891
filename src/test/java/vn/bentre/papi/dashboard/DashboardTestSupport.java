package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.support.Cleanup;

/**
 * What the dashboard's tests share, so that they share one application context: the two test
 * sections of {@link TestSections}, the planning, reporting and obstacle outcome tables and the
 * outbox emptied before each test (other test classes of the same JVM leave rows behind), running
 * instances deleted, the engine clock reset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSections.class)
abstract class DashboardTestSupport {

    static final String[] PROCESSES = {"papi-plan-rollout", "papi-unit-plan", "test-unit-task"};

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @BeforeEach
    void startFromNothing() {
        deleteEveryInstance();
        jdbc.sql("delete from ntf_outbox").update();
        for (String table : List.of("pln_plan_measure", "pln_review_round", "pln_plan_submission", "pln_unit_plan", "pln_rollout",
                "rpt_consolidation_item", "rpt_direction", "rpt_review_round", "rpt_obstacle", "rpt_figure", "rpt_dimension_result",
                "rpt_measure_progress", "rpt_submission", "rpt_consolidation", "rpt_unit_report", "rpt_cycle", "obs_step", "obs_obstacle")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    @AfterEach
    void resetClockAndProcesses() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, PROCESSES);
    }

    /** Instances another test class left would add overdue tasks: counts here must be exact. */
    private void deleteEveryInstance() {
        Cleanup.deleteInstances(engine, PROCESSES);
        engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list().stream()
            .map(ProcessInstance::getId)
            .forEach(id -> engine.getRuntimeService().deleteProcessInstanceIfExists(id, "dashboard test set-up", true, true, true, false));
    }

    static void clockAt(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, time).atZone(DashboardFormat.VIETNAM).toInstant()));
    }

    /** GET as the user (HTTP Basic, password demo or admin), expecting 200. */
    JsonNode get(String user, String path) {
        ResponseEntity<String> response = http.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as("GET %s as %s: %s", path, user, response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    JsonNode section(String user, String id) {
        return get(user, "/api/dashboard/sections/" + id);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    static List<Double> numbers(JsonNode array) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(node -> numbers.add(node.asDouble()));
        return numbers;
    }

    /** The values of the series with this name. */
    static List<Double> series(JsonNode section, String name) {
        for (JsonNode series : section.get("series")) {
            if (series.get("name").asText().equals(name)) {
                return numbers(series.get("values"));
            }
        }
        throw new AssertionError("No series '" + name + "' in " + section);
    }

    /** Table rows as lists of cell texts. */
    static List<List<String>> rows(JsonNode section) {
        List<List<String>> rows = new ArrayList<>();
        section.get("rows").forEach(row -> rows.add(texts(row)));
        return rows;
    }
}
