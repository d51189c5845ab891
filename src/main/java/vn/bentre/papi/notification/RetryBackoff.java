package vn.bentre.papi.notification;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Exponential back-off for failed sends: first-retry-after, then doubled each attempt, capped at
 * max-retry-after. Attempts never run out: while the mail server is down reminders wait, and once
 * it is back they go out within one max-retry-after.
 */
@Component
class RetryBackoff {

    private final NotificationProperties.Dispatcher settings;

    RetryBackoff(NotificationProperties properties) {
        this.settings = properties.dispatcher();
    }

    /** When to try again after {@code attempts} failed attempts (1 = the first failed). */
    Instant nextAttempt(Instant now, int attempts) {
        Duration wait = settings.firstRetryAfter();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxRetryAfter()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait);
    }
}
