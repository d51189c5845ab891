package vn.bentre.papi.notification;

import java.time.Instant;
import java.util.List;

/** An outbox row one dispatcher has claimed and now sends. */
record PendingMail(long id, List<String> recipients, String subject, String body, int attempts, Instant claimedAt) {
}
