package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.bentre.papi.calendar.WorkingCalendar;

/** The schedule under settings other than the defaults (the defaults are covered by the process tests). */
class ReminderPolicyTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant DUE = at(LocalDate.of(2025, 3, 10), 17); // a Monday

    final ReminderPolicy policy = new ReminderPolicy(new WorkingCalendar(), new NotificationProperties(null, null, null,
        new NotificationProperties.Policy(10, LocalTime.of(16, 30), 0, 2, 1), null));

    @Test
    void shouldSendNothingBeforeTheDueDateWhenNoEarlyReminderIsWanted() {
        assertThat(policy.remindersDue(DUE, at(LocalDate.of(2025, 3, 7), 9))).isEmpty();
    }

    @Test
    void shouldRemindEveryOtherWorkingDayWhileOverdueAndEscalateAfterTheFirst() {
        assertThat(policy.remindersDue(DUE, at(LocalDate.of(2025, 3, 10), 9))).extracting(r -> r.key("t")).containsExactly("t:DUE");
        assertThat(policy.remindersDue(DUE, at(LocalDate.of(2025, 3, 11), 9))).extracting(r -> r.key("t")).containsExactly("t:DUE");
        assertThat(policy.remindersDue(DUE, at(LocalDate.of(2025, 3, 12), 9))).extracting(r -> r.key("t")).containsExactly("t:OVERDUE:1");
        assertThat(policy.remindersDue(DUE, at(LocalDate.of(2025, 3, 14), 9))).extracting(r -> r.key("t"))
            .containsExactly("t:OVERDUE:2", "t:ESCALATION");
    }

    @Test
    void shouldNotCountTheWeekendAsOverdue() {
        assertThat(policy.remindersDue(DUE, at(LocalDate.of(2025, 3, 16), 9))).extracting(r -> r.key("t"))
            .containsExactly("t:OVERDUE:2", "t:ESCALATION");
    }

    @Test
    void shouldPutTheDefaultDueDateAtTheConfiguredTimeOfTheTenthWorkingDay() {
        assertThat(policy.defaultDueDate(at(LocalDate.of(2025, 3, 3), 9))).isEqualTo(at(LocalDate.of(2025, 3, 17), 16).plusSeconds(1800));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(VIETNAM).toInstant();
    }
}
