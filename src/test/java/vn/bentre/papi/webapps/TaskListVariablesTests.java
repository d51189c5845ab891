package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskListVariablesTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    TestTasks tasks;
    TaskService taskService;

    @BeforeEach
    void setUp() {
        tasks = new TestTasks(engine);
        taskService = engine.getTaskService();
    }

    @AfterEach
    void tearDown() {
        tasks.clear();
    }

    @Test
    void shouldCopyTheProcesssUnitNameAndWriteTheDueDateTheVietnameseWay() {
        Task task = tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", noon(2025, 7, 15));

        assertThat(taskService.getVariablesLocal(task.getId()))
            .containsEntry("unitName", "Phường Phú Khương").containsEntry("dueDateLabel", "15/07/2025");
    }

    @Test
    void shouldNameTheCandidateUnitWhenTheProcessNamesNone() {
        Task task = tasks.start(TestTasks.WORK, "xa-28756", null, null);

        assertThat(taskService.getVariablesLocal(task.getId()))
            .containsEntry("unitName", "UBND phường Phú Khương, thành phố Bến Tre")
            // No due date in the diagram: the reminder policy's default one is shown.
            .containsKey("dueDateLabel");
    }

    @Test
    void shouldFollowAChangedDueDate() {
        Task task = tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", noon(2025, 7, 15));

        task.setDueDate(noon(2025, 8, 1));
        taskService.saveTask(task);

        assertThat(taskService.getVariableLocal(task.getId(), "dueDateLabel")).isEqualTo("01/08/2025");
    }

    /** What Tasklist asks for to draw its list: the official must receive both variables. */
    @Test
    void shouldLetAnOfficialSeeBothVariablesInTheFiltersList() {
        Task task = tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", noon(2025, 7, 15));
        String filterId = engine.getFilterService().createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);

        String list = rest.withBasicAuth("xa-28756-cv", "demo").exchange("/engine-rest/filter/" + filterId + "/list",
            HttpMethod.POST, new HttpEntity<>(Map.of(), headers), String.class).getBody();

        assertThat(list).contains(task.getId(), "\"name\":\"unitName\",\"value\":\"Phường Phú Khương\"",
            "\"name\":\"dueDateLabel\",\"value\":\"15/07/2025\"");
    }

    private static Date noon(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
