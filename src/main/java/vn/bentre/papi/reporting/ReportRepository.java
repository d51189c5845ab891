package vn.bentre.papi.reporting;

import static vn.bentre.papi.reporting.SqlTime.date;
import static vn.bentre.papi.reporting.SqlTime.ts;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.bentre.papi.calendar.ReportingLevel;

/**
 * Tables {@code rpt_unit_report} and the content of reports ({@code rpt_submission},
 * {@code rpt_measure_progress}, {@code rpt_dimension_result}, {@code rpt_figure}, {@code rpt_obstacle},
 * {@code rpt_review_round}). A report's writes touch only its own rows, so every unit can submit at
 * the same moment without conflicts.
 */
@Repository
class ReportRepository {

    private static final String SELECT = """
        select r.*, (select count(*) from rpt_review_round w where w.report_id = r.id and w.stage = 'REVIEW') as review_rounds
        from rpt_unit_report r""";

    private static final RowMapper<UnitReport> REPORT = (rs, i) -> new UnitReport(rs.getString("id"),
        rs.getString("cycle_id"), rs.getString("unit_id"), ReportingLevel.valueOf(rs.getString("unit_level")),
        rs.getString("consolidation_id"), rs.getString("reviewer_id"), rs.getString("process_instance_id"),
        ReportStatus.valueOf(rs.getString("status")), date(rs, "due_at"), date(rs, "first_submitted_at"),
        date(rs, "last_submitted_at"), (Boolean) rs.getObject("on_time"), rs.getInt("rounds"), rs.getInt("review_rounds"),
        date(rs, "accepted_at"), date(rs, "addendum_at"));

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertExpected(String cycleId, String unitId, ReportingLevel level, String consolidationId, String reviewerId,
            Date dueAt) {
        jdbc.sql("""
                insert into rpt_unit_report (id, cycle_id, unit_id, unit_level, consolidation_id, reviewer_id, status, due_at, rounds)
                values (?, ?, ?, ?, ?, ?, 'PENDING', ?, 0)""")
            .params(UnitReport.id(cycleId, unitId), cycleId, unitId, level.name(), consolidationId, reviewerId, ts(dueAt))
            .update();
    }

    Optional<UnitReport> find(String id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(REPORT).optional();
    }

    List<UnitReport> ofCycle(String cycleId) {
        return jdbc.sql(SELECT + " where r.cycle_id = ? order by r.id").param(cycleId).query(REPORT).list();
    }

    List<UnitReport> ofConsolidation(String consolidationId) {
        return jdbc.sql(SELECT + " where r.consolidation_id = ? order by r.unit_id").param(consolidationId).query(REPORT).list();
    }

    /** @return false when the report already has its process (a job that ran twice) */
    boolean attachProcess(String id, String processInstanceId) {
        return jdbc.sql("update rpt_unit_report set process_instance_id = ?, status = 'DRAFTING', rounds = 1 "
                + "where id = ? and process_instance_id is null")
            .params(processInstanceId, id).update() == 1;
    }

    /** Records one submission and replaces the report's current content with it. */
    void recordSubmission(String id, int round, String userId, Date at, boolean onTime, String contentJson,
            ReportContent content, Map<String, String> dimensionOfMeasure, String unitId) {
        jdbc.sql("insert into rpt_submission (report_id, round, submitted_by, submitted_at, on_time, content_json) "
                + "values (?, ?, ?, ?, ?, ?)")
            .params(id, round, userId, ts(at), onTime, contentJson).update();
        jdbc.sql("""
                update rpt_unit_report set status = 'SUBMITTED', rounds = ?, notes = ?, last_submitted_at = ?,
                    first_submitted_at = coalesce(first_submitted_at, ?),
                    on_time = coalesce(on_time, ?)
                where id = ?""")
            .params(round, content.notes(), ts(at), ts(at), onTime, id).update();
        for (String table : List.of("rpt_measure_progress", "rpt_dimension_result", "rpt_figure", "rpt_obstacle")) {
            jdbc.sql("delete from " + table + " where report_id = ?").param(id).update();
        }
        for (var m : content.measures()) {
            jdbc.sql("insert into rpt_measure_progress (report_id, measure_id, dimension_id, status, result) values (?, ?, ?, ?, ?)")
                .params(id, m.measureId(), dimensionOfMeasure.get(m.measureId()), m.status(), m.result()).update();
        }
        for (var d : content.dimensions()) {
            jdbc.sql("insert into rpt_dimension_result (report_id, dimension_id, summary) values (?, ?, ?)")
                .params(id, d.dimensionId(), d.summary()).update();
        }
        content.figures().forEach((figure, amount) -> jdbc.sql("insert into rpt_figure (report_id, figure, amount) values (?, ?, ?)")
            .params(id, figure, amount).update());
        int position = 1;
        for (var o : content.obstacles()) {
            jdbc.sql("insert into rpt_obstacle (report_id, position, unit_id, dimension_id, description, proposal) "
                    + "values (?, ?, ?, ?, ?, ?)")
                .params(id, position++, unitId, o.dimensionId(), o.description(), o.proposal()).update();
        }
    }

    void recordDecision(String id, int round, String stage, String decision, String reason, String userId, Date at,
            ReportStatus newStatus) {
        jdbc.sql("insert into rpt_review_round (report_id, round, stage, decision, reason, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
            .params(id, round, stage, decision, reason, userId, ts(at)).update();
        jdbc.sql("update rpt_unit_report set status = ? where id = ?").params(newStatus.name(), id).update();
    }

    void accept(String id, Date at) {
        jdbc.sql("update rpt_unit_report set status = 'ACCEPTED', accepted_at = ? where id = ?").params(ts(at), id).update();
    }

    void markAddendum(String id, Date at) {
        jdbc.sql("update rpt_unit_report set addendum_at = ? where id = ? and addendum_at is null").params(ts(at), id).update();
    }

    List<ObstaclesReported.Obstacle> obstacles(String id) {
        return jdbc.sql("select * from rpt_obstacle where report_id = ? order by position").param(id)
            .query((rs, i) -> new ObstaclesReported.Obstacle(rs.getInt("position"), rs.getString("dimension_id"),
                rs.getString("description"), rs.getString("proposal")))
            .list();
    }
}
