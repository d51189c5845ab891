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
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyFiguresControllerTests {

    static final String URL = "/api/webapps/key-figures";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

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
