package vn.bentre.papi.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendTaskReminders}}: the service task of {@code papi-task-reminders}. Writes due
 * reminders and escalations of all open tasks into the outbox, in the job's transaction.
 * Output variable {@code remindersWritten}: how many rows this run wrote.
 */
@Component("sendTaskReminders")
class SendTaskRemindersDelegate implements JavaDelegate {

    private final ReminderSweep sweep;

    SendTaskRemindersDelegate(ReminderSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("remindersWritten", sweep.sweep());
    }
}
