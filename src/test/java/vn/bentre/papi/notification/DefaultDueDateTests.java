package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every user task gets a due date: its diagram's, else the policy's default. */
class DefaultDueDateTests extends NotificationTestSupport {

    @Test
    void shouldGiveATaskWithoutDueDateFiveWorkingDaysEndingAtFivePm() {
        clockAt(LocalDate.of(2025, 3, 7), 15); // a Friday

        Task task = startUnitTask(UNIT, UNIT);

        assertThat(task.getDueDate().toInstant()).isEqualTo(at(LocalDate.of(2025, 3, 14), LocalTime.of(17, 0)));
        HistoricTaskInstance history = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(history.getDueDate()).isEqualTo(task.getDueDate());
    }

    @Test
    void shouldKeepTheDueDateTheDiagramSets() {
        clockAt(LocalDate.of(2025, 3, 7), 15);
        Date due = Date.from(at(LocalDate.of(2025, 3, 20), LocalTime.of(11, 30)));

        runtime.startProcessInstanceByKey("papi-test-dated-task", Map.of("unitId", UNIT, "dueDate", due));

        Task task = tasks.createTaskQuery().processDefinitionKey("papi-test-dated-task").singleResult();
        assertThat(task.getDueDate()).isEqualTo(due);
    }
}
