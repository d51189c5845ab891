package vn.bentre.papi.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dispatcher's side of {@code ntf_outbox}. Every statement commits on its own (no transaction
 * around them), so a claim is visible to the other nodes at once. Claiming is a conditional
 * update: of two dispatchers that pick the same row only the one whose update changed it sends.
 */
@Repository
class OutboxQueue {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    OutboxQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("select id from ntf_outbox where status = 'PENDING' and next_attempt_at <= ? "
                + "order by next_attempt_at, id limit ?")
            .params(SqlTime.of(now), limit).query(Long.class).list();
    }

    /** Rows whose dispatcher died while sending go back to PENDING. */
    int reclaimStuck(Instant claimedBefore) {
        return jdbc.sql("update ntf_outbox set status = 'PENDING', claimed_at = null "
                + "where status = 'SENDING' and claimed_at < ?")
            .param(SqlTime.of(claimedBefore)).update();
    }

    Optional<PendingMail> claim(long id, Instant now) {
        int claimed = jdbc.sql("update ntf_outbox set status = 'SENDING', claimed_at = ?, attempts = attempts + 1 "
                + "where id = ? and status = 'PENDING'")
            .params(SqlTime.of(now), id).update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select id, recipients, subject, body, attempts, claimed_at from ntf_outbox where id = ?")
            .param(id)
            .query((rs, i) -> new PendingMail(rs.getLong("id"), Arrays.asList(rs.getString("recipients").split(",")),
                rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"), SqlTime.read(rs, "claimed_at")))
            .optional();
    }

    void sent(PendingMail mail, Instant now) {
        finish(mail, "status = 'SENT', sent_at = ?, last_error = null", SqlTime.of(now));
    }

    void retryLater(PendingMail mail, Instant nextAttempt, String error) {
        finish(mail, "status = 'PENDING', next_attempt_at = ?, last_error = ?", SqlTime.of(nextAttempt), truncate(error));
    }

    void failed(PendingMail mail, String error) {
        finish(mail, "status = 'FAILED', last_error = ?", truncate(error));
    }

    /** Only while this dispatcher still holds the claim. */
    private void finish(PendingMail mail, String assignments, Object... values) {
        Object[] params = Arrays.copyOf(values, values.length + 2);
        params[values.length] = mail.id();
        params[values.length + 1] = SqlTime.of(mail.claimedAt());
        jdbc.sql("update ntf_outbox set " + assignments + ", claimed_at = null "
                + "where id = ? and status = 'SENDING' and claimed_at = ?")
            .params(params).update();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
