package vn.bentre.papi.reporting;

import static vn.bentre.papi.reporting.SqlTime.date;
import static vn.bentre.papi.reporting.SqlTime.ts;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code rpt_consolidation} and {@code rpt_consolidation_item}. */
@Repository
class ConsolidationRepository {

    private static final RowMapper<Consolidation> CONSOLIDATION = (rs, i) -> new Consolidation(rs.getString("id"),
        rs.getString("cycle_id"), Consolidation.Level.valueOf(rs.getString("level")), rs.getString("scope_unit_id"),
        rs.getString("consolidator_id"), rs.getString("process_instance_id"), date(rs, "collect_until"),
        date(rs, "due_at"), rs.getString("status"), date(rs, "started_at"), date(rs, "completed_at"),
        rs.getString("completed_by"), (Boolean) rs.getObject("on_time"), rs.getString("document_number"),
        rs.getString("summary"));

    private final JdbcClient jdbc;

    ConsolidationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String cycleId, Consolidation.Level level, String scopeUnitId, String consolidatorId, Date collectUntil,
            Date dueAt) {
        jdbc.sql("""
                insert into rpt_consolidation (id, cycle_id, level, scope_unit_id, consolidator_id, collect_until, due_at, status)
                values (?, ?, ?, ?, ?, ?, ?, 'WAITING')""")
            .params(Consolidation.id(cycleId, scopeUnitId), cycleId, level.name(), scopeUnitId, consolidatorId,
                ts(collectUntil), ts(dueAt))
            .update();
    }

    Optional<Consolidation> find(String id) {
        return jdbc.sql("select * from rpt_consolidation where id = ?").param(id).query(CONSOLIDATION).optional();
    }

    /**
     * Reads the row and locks it until the transaction ends, so that deciding "is this report an
     * addendum?" waits for a consolidation being completed at the same moment.
     */
    Optional<Consolidation> lock(String id) {
        return jdbc.sql("select * from rpt_consolidation where id = ? for update").param(id).query(CONSOLIDATION).optional();
    }

    List<Consolidation> ofCycle(String cycleId) {
        return jdbc.sql("select * from rpt_consolidation where cycle_id = ? order by level desc, scope_unit_id")
            .param(cycleId).query(CONSOLIDATION).list();
    }

    /** @return false when the consolidation already has its process (a job that ran twice) */
    boolean attachProcess(String id, String processInstanceId) {
        return jdbc.sql("update rpt_consolidation set process_instance_id = ? where id = ? and process_instance_id is null")
            .params(processInstanceId, id).update() == 1;
    }

    void open(String id, Date at) {
        jdbc.sql("update rpt_consolidation set status = 'OPEN', started_at = coalesce(started_at, ?) where id = ?")
            .params(ts(at), id).update();
    }

    /** Marks it done first (taking the row lock), so reports accepted from now on see it done. */
    void complete(String id, Date at, String userId, boolean onTime, String documentNumber, String summary) {
        jdbc.sql("""
                update rpt_consolidation set status = 'DONE', completed_at = ?, completed_by = ?, on_time = ?,
                    document_number = ?, summary = ?
                where id = ?""")
            .params(ts(at), userId, onTime, documentNumber, summary, id).update();
    }

    void insertItem(String consolidationId, String unitId, Timeliness timeliness, ReportStatus status, boolean included) {
        jdbc.sql("insert into rpt_consolidation_item (consolidation_id, unit_id, timeliness, report_status, included) "
                + "values (?, ?, ?, ?, ?)")
            .params(consolidationId, unitId, timeliness.name(), status.name(), included).update();
    }

    boolean included(String consolidationId, String unitId) {
        return jdbc.sql("select count(*) from rpt_consolidation_item where consolidation_id = ? and unit_id = ? and included")
            .params(consolidationId, unitId).query(Integer.class).single() > 0;
    }

    List<Item> items(String consolidationId) {
        return jdbc.sql("select * from rpt_consolidation_item where consolidation_id = ? order by unit_id").param(consolidationId)
            .query((rs, i) -> new Item(rs.getString("unit_id"), Timeliness.valueOf(rs.getString("timeliness")),
                ReportStatus.valueOf(rs.getString("report_status")), rs.getBoolean("included")))
            .list();
    }

    record Item(String unitId, Timeliness timeliness, ReportStatus reportStatus, boolean included) {
    }
}
