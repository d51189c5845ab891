package vn.bentre.papi.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * Looks at every open task with a due date and writes the reminders and escalations now due into
 * the outbox. Idempotent: a reminder already in the outbox is not written again, so the sweep may
 * run as often as wanted and a job that runs twice changes nothing.
 */
@Service
class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
    private static final int PAGE = 200;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final ReminderPolicy policy;
    private final TaskRecipientResolver recipients;
    private final ReminderMessages messages;
    private final Outbox outbox;
    private final EngineClock clock;
    private final WithoutAuthorization withoutAuthorization;

    ReminderSweep(TaskService tasks, RepositoryService repository, ReminderPolicy policy, TaskRecipientResolver recipients,
            ReminderMessages messages, Outbox outbox, EngineClock clock, WithoutAuthorization withoutAuthorization) {
        this.tasks = tasks;
        this.repository = repository;
        this.policy = policy;
        this.recipients = recipients;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** @return how many rows were written */
    int sweep() {
        // Every task, whoever happens to be authenticated: reminders are for all units.
        return withoutAuthorization.call(() -> sweep(clock.now()));
    }

    private int sweep(Instant now) {
        Date horizon = Date.from(policy.horizon(now));
        int written = 0;
        for (int first = 0; ; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().active().dueBefore(horizon).orderByTaskId().asc().listPage(first, PAGE);
            for (Task task : page) {
                written += remind(task, now);
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (written > 0) {
            log.info("Nhắc việc: ghi {} thư nhắc/chuyển cấp vào hàng đợi", written);
        }
        return written;
    }

    private int remind(Task task, Instant now) {
        List<Reminder> due = policy.remindersDue(task.getDueDate().toInstant(), now).stream()
            .filter(reminder -> !outbox.contains(reminder.key(task.getId())))
            .toList();
        if (due.isEmpty()) {
            return 0;
        }
        TaskRecipients to = recipients.of(task);
        String processName = task.getProcessDefinitionId() == null ? null
            : repository.getProcessDefinition(task.getProcessDefinitionId()).getName();
        int written = 0;
        for (Reminder reminder : due) {
            if (outbox.enqueue(messages.of(task, processName, to, reminder))) {
                written++;
            }
        }
        return written;
    }
}
