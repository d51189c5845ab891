package vn.bentre.papi.notification;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Writes into {@code ntf_outbox}. Called inside the engine's transaction (JdbcClient on the same
 * DataSource joins Camunda's Spring transaction), so a row exists exactly when the engine state
 * that caused it was committed.
 *
 * <p>Writing an existing key must not fail: a failed statement aborts the whole transaction on
 * PostgreSQL, and with it the engine's work. PostgreSQL gets {@code on conflict do nothing}, which
 * cannot fail even when two transactions race; other databases (H2) an insert guarded by
 * {@code not exists}, which at worst makes the second of two racing transactions fail and be
 * retried as a job, never write twice.
 */
@Repository
class Outbox {

    private static final String COLUMNS = "insert into ntf_outbox (dedup_key, kind, task_id, process_instance_id, "
        + "unit_id, recipients, subject, body, status, attempts, next_attempt_at, last_error, created_at) ";
    private static final String VALUES = ":key, :kind, :taskId, :processInstanceId, :unitId, :recipients, :subject, "
        + ":body, :status, 0, :now, :error, :now";
    static final String POSTGRES_INSERT = COLUMNS + "values (" + VALUES + ") on conflict (dedup_key) do nothing";
    static final String PORTABLE_INSERT = COLUMNS + "select " + VALUES
        + " from (values (0)) as one(x) where not exists (select 1 from ntf_outbox where dedup_key = :key)";
    static final String NOBODY = "Không tìm thấy địa chỉ e-mail người nhận (no recipient with an e-mail address)";

    private final JdbcClient jdbc;
    private final EngineClock clock;
    private final String insert;

    Outbox(JdbcClient jdbc, DataSource dataSource, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insert = isPostgres(dataSource) ? POSTGRES_INSERT : PORTABLE_INSERT;
    }

    /** @return true if written, false if the key was already there */
    boolean enqueue(OutboxMessage message) {
        boolean nobody = message.recipients().isEmpty();
        return jdbc.sql(insert)
            .param("key", message.key())
            .param("kind", message.kind().name())
            .param("taskId", message.taskId())
            .param("processInstanceId", message.processInstanceId())
            .param("unitId", message.unitId())
            .param("recipients", String.join(",", message.recipients()))
            .param("subject", message.subject())
            .param("body", message.body())
            .param("status", (nobody ? OutboxStatus.SKIPPED : OutboxStatus.PENDING).name())
            .param("now", SqlTime.of(clock.now()))
            .param("error", nobody ? NOBODY : null)
            .update() == 1;
    }

    boolean contains(String key) {
        return jdbc.sql("select count(*) from ntf_outbox where dedup_key = ?").param(key).query(Integer.class).single() > 0;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(JdbcUtils.commonDatabaseName(product));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Không xác định được loại cơ sở dữ liệu (cannot read database metadata)", e);
        }
    }
}
