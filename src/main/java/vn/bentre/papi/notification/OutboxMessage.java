package vn.bentre.papi.notification;

import java.util.List;

/**
 * A mail to be written into the outbox.
 *
 * @param key        unique forever: writing the same key again does nothing
 * @param recipients e-mail addresses; empty means nobody could be found and the row is kept as SKIPPED
 */
record OutboxMessage(String key, NotificationKind kind, String taskId, String processInstanceId, String unitId,
        List<String> recipients, String subject, String body) {

    OutboxMessage {
        recipients = List.copyOf(recipients);
    }
}
