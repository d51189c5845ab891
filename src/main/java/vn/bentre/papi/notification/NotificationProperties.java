package vn.bentre.papi.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code papi.notification}: reminder policy and mail delivery. Every value has a default, so the
 * block may be left out entirely; days are working days of {@link vn.bentre.papi.calendar.WorkingCalendar}.
 *
 * @param baseUrl    where officials open the application; Tasklist links in mails start with it
 * @param mailFrom   sender address of every mail
 * @param timeZone   the province's time zone: decides which day "today" and a due date fall on
 * @param policy     when reminders and escalations are due
 * @param dispatcher how the outbox is sent by SMTP
 */
@Validated
@ConfigurationProperties("papi.notification")
record NotificationProperties(String baseUrl, String mailFrom, ZoneId timeZone, @Valid Policy policy,
        @Valid Dispatcher dispatcher) {

    NotificationProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "nhac-viec@papi.bentre.local" : mailFrom;
        timeZone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : timeZone;
        policy = policy == null ? new Policy(null, null, null, null, null) : policy;
        dispatcher = dispatcher == null ? new Dispatcher(null, null, null, null, null, null) : dispatcher;
    }

    /**
     * @param defaultDueWorkingDays            due date of a task whose diagram sets none: this many working days after creation
     * @param dueTime                          time of day such a default due date falls on (end of office hours)
     * @param daysBeforeDue                    first reminder this many working days before the due date (0: none)
     * @param overdueEveryWorkingDays          while overdue, one reminder every this many working days
     * @param overdueRemindersBeforeEscalation after this many overdue reminders the next step is an escalation
     */
    record Policy(@Min(1) Integer defaultDueWorkingDays, LocalTime dueTime, @Min(0) Integer daysBeforeDue,
            @Min(1) Integer overdueEveryWorkingDays, @Min(0) Integer overdueRemindersBeforeEscalation) {
        Policy {
            defaultDueWorkingDays = defaultDueWorkingDays == null ? 5 : defaultDueWorkingDays;
            dueTime = dueTime == null ? LocalTime.of(17, 0) : dueTime;
            daysBeforeDue = daysBeforeDue == null ? 2 : daysBeforeDue;
            overdueEveryWorkingDays = overdueEveryWorkingDays == null ? 1 : overdueEveryWorkingDays;
            overdueRemindersBeforeEscalation = overdueRemindersBeforeEscalation == null ? 3 : overdueRemindersBeforeEscalation;
        }
    }

    /**
     * @param enabled         send by SMTP on a schedule; it also needs {@code spring.mail.host}, without
     *                        which reminders stay in the outbox (readable at {@code /api/notifications})
     * @param fixedDelay      pause between two runs (read by the scheduler from the same property)
     * @param batchSize       rows claimed per batch
     * @param firstRetryAfter wait after the first failed attempt; doubled after each further failure
     * @param maxRetryAfter   the longest wait between attempts: an SMTP outage delays mail, it never drops it
     * @param claimTimeout    a row claimed longer ago than this (its node died while sending) is claimed again
     */
    record Dispatcher(Boolean enabled, Duration fixedDelay, @Min(1) Integer batchSize, Duration firstRetryAfter,
            Duration maxRetryAfter, Duration claimTimeout) {
        Dispatcher {
            enabled = enabled == null || enabled;
            fixedDelay = fixedDelay == null ? Duration.ofSeconds(30) : fixedDelay;
            batchSize = batchSize == null ? 50 : batchSize;
            firstRetryAfter = firstRetryAfter == null ? Duration.ofMinutes(1) : firstRetryAfter;
            maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(1) : maxRetryAfter;
            claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
        }
    }
}
