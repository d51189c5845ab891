package vn.bentre.papi.notification;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * On task creation: a task whose diagram set no {@code camunda:dueDate} gets the policy's default
 * (N working days, at the end of office hours). A due date the diagram set is left alone.
 */
@Component
class DefaultDueDateListener implements TaskListener {

    // Looked up lazily: this listener is built with the engine plugins, before the engine exists,
    // and the calendar behind the policy may one day need beans that need the engine.
    private final ObjectProvider<ReminderPolicy> policy;
    private final EngineClock clock;

    DefaultDueDateListener(ObjectProvider<ReminderPolicy> policy, EngineClock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() == null) {
            task.setDueDate(Date.from(policy.getObject().defaultDueDate(clock.now())));
        }
    }
}
