package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bentre.papi.obstacles.ObstacleRequest;
import vn.bentre.papi.obstacles.Obstacles;
import vn.bentre.papi.obstacles.Urgency;
import vn.bentre.papi.support.Cleanup;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyFiguresControllerTests {

    static final String URL = "/api/webapps/key-figures";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Obstacles obstacles;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    TestTasks tasks;

    @BeforeEach
    void setUp() {
        tasks = new TestTasks(engine);
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", hoursFromNow(-2));
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", hoursFromNow(1));
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", null);
        tasks.start(TestTasks.WORK, "xa-28757", "Phường Phú Tân", hoursFromNow(-2));
    }

    @AfterEach
    void tearDown() {
        tasks.clear();
        Cleanup.deleteInstances(engine, Obstacles.PROCESS_KEY);
        jdbc.sql("delete from rpt_unit_report where cycle_id = '2099-Q1'").update();
        jdbc.sql("delete from rpt_cycle where id = '2099-Q1'").update();
        jdbc.sql("delete from obs_step").update();
        jdbc.sql("delete from obs_obstacle").update();
    }

    @Test
    void shouldCountOnlyTheUnitsTasksForAnOfficial() {
        Map<String, Object> figures = get("xa-28756-cv");

        assertThat(figures).containsEntry("openTasks", 3).containsEntry("overdueTasks", 1)
            .containsEntry("dueSoonTasks", 1).containsEntry("scope", "OWN_UNITS")
            .containsEntry("scopeLabel", "Đơn vị của tôi").containsEntry("dashboardPath", "/dashboard");
    }

    @Test
    void shouldCountTheWholeProvinceForSoNoiVu() {
        TaskService all = engine.getTaskService();
        Map<String, Object> figures = get("so-noi-vu-cv");

        assertThat(figures).containsEntry("openTasks", (int) all.createTaskQuery().count())
            .containsEntry("overdueTasks", (int) all.createTaskQuery().dueBefore(new Date()).count())
            .containsEntry("scope", "PROVINCE").containsEntry("scopeLabel", "Toàn tỉnh");
        assertThat((Integer) figures.get("overdueTasks")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldCountOpenObstaclesOfTheUnitAndTheLatestCyclesOnTimeShareForSupervisors() {
        transaction.executeWithoutResult(status -> obstacles.raise(new ObstacleRequest("xa-28756", "ADMIN_PROCEDURES", null,
            "Đường truyền chập chờn", "Đề nghị hỗ trợ", Urgency.NORMAL, null)));
        jdbc.sql("insert into rpt_cycle (id, period_type, period_year, process_instance_id, opened_automatically, opened_at, "
            + "commune_deadline, district_deadline, department_deadline, province_deadline, status) "
            + "values ('2099-Q1', 'Q1', 2099, 'x', false, current_timestamp, current_timestamp, current_timestamp, "
            + "current_timestamp, current_timestamp, 'OPEN')").update();
        for (String unit : new String[] {"xa-28756", "xa-28757", "xa-28758", "xa-28759"}) {
            jdbc.sql("insert into rpt_unit_report (id, cycle_id, unit_id, unit_level, consolidation_id, reviewer_id, status, "
                    + "due_at, rounds, on_time) values (?, '2099-Q1', ?, 'COMMUNE', '2099-Q1:huyen-829', "
                    + "'huyen-829-phong-noi-vu', 'SUBMITTED', current_timestamp, 1, ?)")
                .params("2099-Q1:" + unit, unit, !unit.equals("xa-28759")).update();
        }

        Map<String, Object> supervisor = get("so-noi-vu-cv");
        assertThat(((Number) supervisor.get("openObstacles")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(supervisor).containsEntry("latestCycle", "Quý I năm 2099").containsEntry("latestCycleOnTimePercent", 75.0);
        assertThat(get("xa-28756-cv")).containsEntry("openObstacles", 1).doesNotContainKey("latestCycle");
        assertThat(get("xa-28757-cv")).containsEntry("openObstacles", 0);
    }

    @Test
    void shouldRefuseAnAnonymousCaller() {
        assertThat(rest.getForEntity(URL, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Map<String, Object> get(String user) {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo")
            .exchange(URL, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Date hoursFromNow(int hours) {
        return Date.from(Instant.now().plus(hours, ChronoUnit.HOURS));
    }
}
