package vn.bentre.papi.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the feature's integration tests share, so that they share one application context too:
 * a GreenMail port for {@code spring.mail}, the dispatcher's schedule off (tests call it),
 * the test processes, an empty outbox, and the engine clock reset after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class NotificationTestSupport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String UNIT = "xa-28756";
    static final String MAIL_DOMAIN = "@demo.papi.bentre.local";
    static final int SMTP_PORT = freePort();
    static final String SWEEP_PROCESS = "papi-task-reminders";
    private static final List<String> TEST_PROCESSES = List.of("papi-test-unit-task", "papi-test-dated-task", "papi-test-notify-unit");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("papi.notification.dispatcher.enabled", () -> false);
    }

    @BeforeEach
    void prepareEngineAndOutbox() {
        BpmnAwareTests.init(engine);
        var deployment = repository.createDeployment().name("notification-tests").enableDuplicateFiltering(true);
        TEST_PROCESSES.forEach(key -> deployment.addClasspathResource("notification/" + key + ".bpmn"));
        deployment.deploy();
        jdbc.sql("delete from ntf_outbox").update();
    }

    @AfterEach
    void resetClockAndProcesses() {
        ClockUtil.reset();
        TEST_PROCESSES.forEach(key -> runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
            .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test finished")));
    }

    static void clockAt(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant()));
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(VIETNAM).toInstant();
    }

    /** Starts the test process with a task for {@code candidateGroup}, {@code unitId} set when not null. */
    Task startUnitTask(String unitId, String candidateGroup) {
        Map<String, Object> variables = unitId == null ? Map.of("candidateGroup", candidateGroup)
            : Map.of("unitId", unitId, "candidateGroup", candidateGroup);
        ProcessInstance instance = runtime.startProcessInstanceByKey("papi-test-unit-task", variables);
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /**
     * One run of {@code papi-task-reminders} as the job executor would do it: the timer start
     * event's job, then the asynchronous service task's job.
     */
    void runSweep() {
        Job timer = management.createJobQuery().processDefinitionKey(SWEEP_PROCESS).timers().singleResult();
        management.executeJob(timer.getId());
        management.createJobQuery().processDefinitionKey(SWEEP_PROCESS).messages().list()
            .forEach(job -> management.executeJob(job.getId()));
    }

    /** Outbox rows of a task, oldest first. */
    List<OutboxRow> outboxOf(String taskId) {
        return jdbc.sql("select dedup_key, kind, unit_id, recipients, subject, body, status, attempts, next_attempt_at, "
                + "last_error from ntf_outbox where task_id = ? order by id")
            .param(taskId).query(OutboxRow.MAPPER).list();
    }

    List<OutboxRow> outbox() {
        return jdbc.sql("select dedup_key, kind, unit_id, recipients, subject, body, status, attempts, next_attempt_at, "
                + "last_error from ntf_outbox order by id")
            .query(OutboxRow.MAPPER).list();
    }

    static String mail(String user) {
        return user + MAIL_DOMAIN;
    }

    record OutboxRow(String key, String kind, String unitId, List<String> recipients, String subject, String body,
            String status, int attempts, Instant nextAttemptAt, String lastError) {
        static final RowMapper<OutboxRow> MAPPER = (rs, i) -> new OutboxRow(
            rs.getString("dedup_key"), rs.getString("kind"), rs.getString("unit_id"),
            rs.getString("recipients").isEmpty() ? List.of() : Arrays.asList(rs.getString("recipients").split(",")),
            rs.getString("subject"), rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
            SqlTime.read(rs, "next_attempt_at"), rs.getString("last_error"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
