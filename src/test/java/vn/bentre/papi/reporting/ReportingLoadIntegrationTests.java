package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.support.PostgresTest;

/**
 * DESIGN.md §5 on PostgreSQL: every commune, department and district submits its report over
 * {@code /engine-rest} within the same few seconds, each as its own official, from 16 threads.
 * Nothing fails, every report is recorded once, and the consolidations see them all.
 */
@PostgresTest
class ReportingLoadIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(ReportingLoadIntegrationTests.class);
    static final int THREADS = 16;

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;
    ReportingDriver reporting;

    @BeforeEach
    void setUp() {
        reporting = new ReportingDriver(engine, jdbc);
        reporting.cleanUp();
        ReportingDriver.clockAt(ReportingDriver.OPENED_ON, 8);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reporting.cleanUp();
    }

    @Test
    void shouldRecordEveryUnitsReportOnceWhenAllSubmitAtTheSameMoment() throws Exception {
        long started = System.nanoTime();
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
            Map.of("periodType", "Q1", "periodYear", 2016));
        runJobs();
        List<String> units = jdbc.sql("select unit_id from rpt_unit_report where cycle_id = ? order by unit_id")
            .param(ReportingDriver.PERIOD).query(String.class).list();
        assertThat(units).hasSize(164 + 21 + 9);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("writeUnitReport").count()).isEqualTo(194);
        log.info("Mở kỳ và {} báo cáo: {} ms", units.size(), (System.nanoTime() - started) / 1_000_000);

        ReportingDriver.clockAt(LocalDate.of(2016, 3, 16), 9);
        long submitting = System.nanoTime();
        List<String> errors = submitAll(units);
        long submitMillis = (System.nanoTime() - submitting) / 1_000_000;
        log.info("{} báo cáo gửi cùng lúc từ {} luồng: {} ms, {} lỗi", units.size(), THREADS, submitMillis, errors.size());

        assertThat(errors).isEmpty();
        assertThat(jdbc.sql("select count(*) from rpt_submission s join rpt_unit_report r on r.id = s.report_id "
                + "where r.cycle_id = ? and s.round = 1 and s.submitted_by = r.unit_id || '-cv'")
            .param(ReportingDriver.PERIOD).query(Integer.class).single()).isEqualTo(194);
        assertThat(jdbc.sql("select count(*) from rpt_submission").query(Integer.class).single()).isEqualTo(194);
        assertThat(jdbc.sql("select status || ':' || on_time || ':' || rounds, count(*) from rpt_unit_report group by status, on_time, rounds")
            .query((rs, i) -> rs.getString(1) + "=" + rs.getInt(2)).list()).containsExactly("SUBMITTED:true:1=194");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("signUnitReport").count()).isEqualTo(194);
        assertThat(jdbc.sql("select count(*) from rpt_measure_progress").query(Integer.class).single()).isEqualTo(194 * 3);

        // Every head signs and every reviewer accepts at the same moment: each district consolidates as
        // soon as its last commune is in, the province once every district has consolidated.
        long reviewing = System.nanoTime();
        assertThat(completeAll("signUnitReport", Map.of("signOffDecision", "SIGN"))).isEmpty();
        assertThat(completeAll("reviewUnitReport", Map.of("reviewDecision", "ACCEPT"))).isEmpty();
        runJobs();
        log.info("Ký, chấp nhận {} báo cáo và chuyển tổng hợp: {} ms", units.size(), (System.nanoTime() - reviewing) / 1_000_000);
        assertThat(jdbc.sql("select count(*) from rpt_unit_report where status = 'ACCEPTED'").query(Integer.class).single())
            .isEqualTo(194);
        List<String> districts = jdbc.sql("select scope_unit_id from rpt_consolidation where level = 'DISTRICT' order by 1")
            .query(String.class).list();
        assertThat(districts).hasSize(9);
        for (String district : districts) {
            ProcessInstance instance = reporting.district(district);
            assertThat(engine.getRuntimeService().getVariable(instance.getId(), "consolidationHeadline").toString()).as(district)
                .endsWith("đúng hạn, 0 muộn, 0 chưa báo cáo");
            reporting.complete(instance, "consolidateDistrictReport", Map.of("consolidationSummary", "Đủ báo cáo"));
        }
        runJobs();
        assertThat(jdbc.sql("select count(*) from rpt_consolidation_item i join rpt_consolidation c on c.id = i.consolidation_id "
                + "where c.level = 'DISTRICT' and i.included and i.timeliness = 'ON_TIME'").query(Integer.class).single())
            .isEqualTo(164);
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "consolidationHeadline"))
            .isEqualTo("30 báo cáo: 30 đúng hạn, 0 muộn, 0 chưa báo cáo");
        JsonNode rows = json.readTree(engine.getRuntimeService().getVariable(cycle.getId(), "consolidationUnits").toString());
        assertThat(rows).hasSize(30).allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("Đã chấp nhận"));
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "consolidationDistricts").toString())
            .contains("\"communes\":\"24/24 xã đã được chấp nhận\"").doesNotContain("Chưa tổng hợp");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
            .taskDefinitionKey("consolidateProvincialReport").count()).isEqualTo(1);
        log.info("Toàn bộ: {} ms", (System.nanoTime() - started) / 1_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(2));
    }

    /** Completes every open task of the kind from 16 threads at once; returns the failures. */
    private List<String> completeAll(String taskKey, Map<String, Object> variables) throws Exception {
        List<String> ids = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list().stream()
            .map(org.camunda.bpm.engine.task.Task::getId).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (String id : ids) {
            done.add(pool.submit(() -> {
                start.await();
                try {
                    engine.getTaskService().complete(id, variables);
                } catch (RuntimeException e) {
                    errors.add(id + ": " + e.getMessage());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return List.copyOf(errors);
    }

    @Test
    void shouldOpenAPeriodOnceWhenTwoOpenItAtTheSameMoment() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
                        Map.of("periodType", "Q1", "periodYear", 2016, "reportingUnitIds", "so-tu-phap"));
                    return "opened";
                } catch (vn.bentre.papi.platform.RejectedInputException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> attempt : attempts) {
            outcomes.add(attempt.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("opened")
            .anySatisfy(outcome -> assertThat(outcome).contains("Kỳ báo cáo Quý I năm 2016 đã được mở"));
        assertThat(jdbc.sql("select count(*) from rpt_cycle").query(Integer.class).single()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.CYCLE).count())
            .isEqualTo(1);
    }

    /** Each unit's official finds the unit's report task and completes it with the report, all released at once. */
    private List<String> submitAll(List<String> units) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<String> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled);
        List<Future<?>> done = new ArrayList<>();
        for (String unit : shuffled) {
            done.add(pool.submit(() -> {
                start.await();
                try {
                    submit(http, unit);
                } catch (Exception e) {
                    errors.add(unit + ": " + e.getMessage());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return List.copyOf(errors);
    }

    private void submit(HttpClient http, String unit) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((unit + "-cv:demo").getBytes(StandardCharsets.UTF_8));
        String query = "/engine-rest/task?taskDefinitionKey=writeUnitReport&processInstanceBusinessKey="
            + URLEncoder.encode(ReportingDriver.PERIOD + ":" + unit, StandardCharsets.UTF_8);
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + query))
            .header("Authorization", auth).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode tasks = json.readTree(found.body());
        if (found.statusCode() != 200 || tasks.size() != 1) {
            throw new IllegalStateException("task query " + found.statusCode() + " " + found.body());
        }
        String body = json.writeValueAsString(Map.of("variables", Map.of(
            "measureReports", Map.of("type", "Json", "value", ReportingDriver.MEASURES),
            "dimensionReports", Map.of("type", "Json", "value", ReportingDriver.DIMENSIONS),
            "obstacles", Map.of("type", "Json", "value", "[]"),
            "citizensReceived", Map.of("type", "Long", "value", 30),
            "onlineServicesLevel34", Map.of("type", "Long", "value", 4),
            "reportNotes", Map.of("type", "String", "value", "Báo cáo của " + unit))));
        HttpResponse<String> completed = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete"))
            .header("Authorization", auth).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (completed.statusCode() != 204) {
            throw new IllegalStateException("complete " + completed.statusCode() + " " + completed.body());
        }
    }

    /**
     * Runs due jobs as a job executor would, several at a time: jobs of one process instance in
     * order on one thread (as Camunda's exclusive jobs), different instances side by side.
     */
    private void runJobs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 100; round++) {
                List<Job> due = engine.getManagementService().createJobQuery().executable().list();
                if (due.isEmpty()) {
                    return;
                }
                Map<String, List<Job>> byInstance = due.stream().collect(Collectors.groupingBy(
                    job -> job.getProcessInstanceId() == null ? job.getId() : job.getProcessInstanceId()));
                List<Future<?>> running = new ArrayList<>();
                for (List<Job> jobs : byInstance.values()) {
                    running.add(pool.submit(() -> jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()))));
                }
                for (Future<?> future : running) {
                    future.get(2, TimeUnit.MINUTES);
                }
            }
            throw new IllegalStateException("Jobs keep creating jobs");
        } finally {
            pool.shutdownNow();
        }
    }
}
