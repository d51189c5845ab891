package vn.bentre.papi.notification;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads {@code ntf_outbox} for supervisors. */
@Repository
class NotificationLog {

    private final JdbcClient jdbc;

    NotificationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<NotificationView> latest(int limit, int offset) {
        return jdbc.sql("select dedup_key, kind, unit_id, task_id, recipients, subject, status, created_at, sent_at, "
                + "attempts, next_attempt_at, last_error from ntf_outbox order by created_at desc, id desc limit ? offset ?")
            .params(limit, offset)
            .query((rs, i) -> new NotificationView(rs.getString("dedup_key"), rs.getString("kind"),
                rs.getString("unit_id"), rs.getString("task_id"), recipients(rs.getString("recipients")),
                rs.getString("subject"), rs.getString("status"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "sent_at"), rs.getInt("attempts"), SqlTime.read(rs, "next_attempt_at"),
                rs.getString("last_error")))
            .list();
    }

    private static List<String> recipients(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
