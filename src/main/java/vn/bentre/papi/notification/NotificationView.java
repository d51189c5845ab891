package vn.bentre.papi.notification;

import java.time.Instant;
import java.util.List;

/** One outbox row as {@code GET /api/notifications} shows it (the body is left out). */
record NotificationView(String key, String kind, String unitId, String taskId, List<String> recipients,
        String subject, String status, Instant createdAt, Instant sentAt, int attempts, Instant nextAttemptAt,
        String lastError) {
}
