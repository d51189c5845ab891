package vn.bentre.papi.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.WorkingCalendar;

/**
 * When a task's reminders fall due, in working days of the province's calendar and by day, not
 * by hour: officials think "due on Monday", not "due in 72 hours". Only the reminders of the
 * current stage are returned, so a sweep that could not run for a while does not send stale ones.
 */
@Component
class ReminderPolicy {

    private final WorkingCalendar calendar;
    private final NotificationProperties properties;
    private final NotificationProperties.Policy policy;

    ReminderPolicy(WorkingCalendar calendar, NotificationProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
        this.policy = properties.policy();
    }

    /** The reminders a task due at {@code due} should have received by {@code now}. */
    List<Reminder> remindersDue(Instant due, Instant now) {
        LocalDate dueDay = day(due);
        LocalDate today = day(now);
        if (today.isBefore(dueDay)) {
            int left = calendar.workingDaysBetween(today, dueDay);
            boolean started = policy.daysBeforeDue() > 0
                && !today.isBefore(calendar.addWorkingDays(dueDay, -policy.daysBeforeDue()));
            return started ? List.of(new Reminder(NotificationKind.BEFORE, 0, left)) : List.of();
        }
        int overdueDays = calendar.workingDaysBetween(dueDay, today);
        int number = overdueDays / policy.overdueEveryWorkingDays();
        if (number == 0) {
            return List.of(new Reminder(NotificationKind.DUE, 0, 0));
        }
        List<Reminder> reminders = new ArrayList<>();
        reminders.add(new Reminder(NotificationKind.OVERDUE, number, overdueDays));
        if (number > policy.overdueRemindersBeforeEscalation()) {
            reminders.add(new Reminder(NotificationKind.ESCALATION, policy.overdueRemindersBeforeEscalation(), overdueDays));
        }
        return reminders;
    }

    /** Tasks due before this instant may need a reminder now; later ones cannot (one day of margin). */
    Instant horizon(Instant now) {
        LocalDate last = calendar.addWorkingDays(day(now), policy.daysBeforeDue() + 1);
        return last.plusDays(1).atStartOfDay(properties.timeZone()).toInstant();
    }

    /** Due date of a task created at {@code created} whose diagram set none. */
    Instant defaultDueDate(Instant created) {
        LocalDate day = calendar.addWorkingDays(day(created), policy.defaultDueWorkingDays());
        return day.atTime(policy.dueTime()).atZone(properties.timeZone()).toInstant();
    }

    /** Whether an overdue reminder comes after the escalation (its text then says so). */
    boolean escalated(Reminder reminder) {
        return reminder.kind() == NotificationKind.OVERDUE && reminder.number() > policy.overdueRemindersBeforeEscalation();
    }

    LocalDate day(Instant instant) {
        return instant.atZone(properties.timeZone()).toLocalDate();
    }
}
