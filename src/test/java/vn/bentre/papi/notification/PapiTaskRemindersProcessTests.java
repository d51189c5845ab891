package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * {@code processes/papi-task-reminders.bpmn}: a task of commune xa-28756 created on Monday
 * 03/03/2025 is due five working days later, on Monday 10/03/2025 (no holidays in between).
 */
class PapiTaskRemindersProcessTests extends NotificationTestSupport {

    static final LocalDate CREATED = LocalDate.of(2025, 3, 3);
    static final LocalDate DUE = LocalDate.of(2025, 3, 10);

    @Test
    void timerStartEventSchedulesTheSweepHourlyOnWorkingDaysDuringOfficeHours() {
        Job timer = management.createJobQuery().processDefinitionKey(SWEEP_PROCESS).timers().singleResult();

        assertThat(timer).isNotNull();
        ZonedDateTime next = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault());
        assertThat(next.getMinute()).isZero();
        assertThat(next.getHour()).isBetween(7, 17);
        assertThat(next.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void sweepProcessRunsItsServiceTaskAsynchronouslyAndEnds() {
        Job timer = management.createJobQuery().processDefinitionKey(SWEEP_PROCESS).timers().singleResult();
        management.executeJob(timer.getId());
        ProcessInstance sweep = runtime.createProcessInstanceQuery().processDefinitionKey(SWEEP_PROCESS).singleResult();

        BpmnAwareTests.assertThat(sweep).isWaitingAt("sendTaskReminders");
        execute(job(sweep));
        BpmnAwareTests.assertThat(sweep).isEnded().variables().containsKey("remindersWritten");
    }

    @Test
    void remindsOfficialsBeforeOnAndAfterTheDueDateThenEscalatesToLeadersAndReviewer() {
        clockAt(CREATED, 9);
        Task task = startUnitTask(UNIT, UNIT);
        assertThat(task.getDueDate().toInstant()).isEqualTo(at(DUE, LocalTime.of(17, 0)));

        assertThat(keysOn(task, CREATED)).isEmpty();
        assertThat(keysOn(task, LocalDate.of(2025, 3, 5))).isEmpty();
        assertThat(keysOn(task, LocalDate.of(2025, 3, 6))).containsExactly(task.getId() + ":BEFORE");
        assertThat(keysOn(task, LocalDate.of(2025, 3, 7))).containsExactly(task.getId() + ":BEFORE");
        assertThat(keysOn(task, DUE)).endsWith(task.getId() + ":DUE").hasSize(2);
        assertThat(keysOn(task, LocalDate.of(2025, 3, 11))).endsWith(task.getId() + ":OVERDUE:1");
        assertThat(keysOn(task, LocalDate.of(2025, 3, 12))).endsWith(task.getId() + ":OVERDUE:2");
        assertThat(keysOn(task, LocalDate.of(2025, 3, 13))).endsWith(task.getId() + ":OVERDUE:3");
        assertThat(keysOn(task, LocalDate.of(2025, 3, 14)))
            .endsWith(task.getId() + ":OVERDUE:4", task.getId() + ":ESCALATION").hasSize(7);

        List<OutboxRow> rows = outboxOf(task.getId());
        for (OutboxRow reminder : rows.subList(0, 6)) {
            assertThat(reminder.recipients()).containsExactly(mail("xa-28756-cv"), mail("xa-28756-ld"));
            assertThat(reminder.unitId()).isEqualTo(UNIT);
            assertThat(reminder.status()).isEqualTo("PENDING");
        }
        OutboxRow escalation = rows.get(6);
        assertThat(escalation.kind()).isEqualTo("ESCALATION");
        assertThat(escalation.recipients()).containsExactlyInAnyOrder(mail("xa-28756-ld"), mail("huyen-829-phong-noi-vu-ld"));
        assertThat(escalation.subject()).isEqualTo("[PAPI Bến Tre] Báo cáo lãnh đạo: Chuẩn bị báo cáo PAPI quý I của "
            + "UBND phường Phú Khương, thành phố Bến Tre quá hạn 4 ngày làm việc");
        assertThat(escalation.body()).contains("Lãnh đạo Phòng Nội vụ thành phố Bến Tre", "đã được nhắc 3 lần");
    }

    @Test
    void completingTheTaskStopsFurtherReminders() {
        clockAt(CREATED, 9);
        Task task = startUnitTask(UNIT, UNIT);
        assertThat(keysOn(task, LocalDate.of(2025, 3, 11))).containsExactly(task.getId() + ":OVERDUE:1");

        tasks.complete(task.getId());

        assertThat(keysOn(task, LocalDate.of(2025, 3, 12))).containsExactly(task.getId() + ":OVERDUE:1");
        assertThat(keysOn(task, LocalDate.of(2025, 3, 17))).containsExactly(task.getId() + ":OVERDUE:1");
    }

    @Test
    void runningTheTimerJobTwiceAtTheSameTimeWritesEachKeyOnce() {
        clockAt(CREATED, 9);
        Task task = startUnitTask(UNIT, UNIT);
        clockAt(LocalDate.of(2025, 3, 14), 10);

        runSweep();
        runSweep();

        assertThat(outboxOf(task.getId())).extracting(OutboxRow::key)
            .containsExactly(task.getId() + ":OVERDUE:4", task.getId() + ":ESCALATION");
    }

    @Test
    void findsTheUnitFromTheCandidateGroupWhenTheProcessHasNoUnitIdVariable() {
        clockAt(CREATED, 9);
        Task task = startUnitTask(null, "xa-28756-lanh-dao");
        clockAt(LocalDate.of(2025, 3, 14), 10);

        runSweep();

        List<OutboxRow> rows = outboxOf(task.getId());
        assertThat(rows).extracting(OutboxRow::unitId).containsOnly(UNIT);
        assertThat(rows.get(0).recipients()).containsExactly(mail("xa-28756-ld"));
        assertThat(rows.get(1).recipients()).containsExactlyInAnyOrder(mail("xa-28756-ld"), mail("huyen-829-phong-noi-vu-ld"));
    }

    private List<String> keysOn(Task task, LocalDate day) {
        clockAt(day, 8);
        runSweep();
        return outboxOf(task.getId()).stream().map(OutboxRow::key).toList();
    }
}
