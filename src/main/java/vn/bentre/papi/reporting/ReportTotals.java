package vn.bentre.papi.reporting;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums over the accepted reports a consolidation covers: a district's (its communes' and its own)
 * or the province's (every report of the cycle). Read from the outcome tables, never from the
 * units' process variables.
 */
@Repository
class ReportTotals {

    private final JdbcClient jdbc;

    ReportTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which accepted reports a consolidation covers. */
    record Scope(String consolidationId, String ownReportId, String cycleId) {

        static Scope of(Consolidation c) {
            return c.level() == Consolidation.Level.PROVINCE ? new Scope(null, null, c.cycleId())
                : new Scope(c.id(), UnitReport.id(c.cycleId(), c.scopeUnitId()), null);
        }

        String where() {
            return " r.status = 'ACCEPTED' and (r.consolidation_id = :consolidation or r.id = :own or r.cycle_id = :cycle) ";
        }
    }

    /** Measures per dimension and status: key "PARTICIPATION/DONE". */
    Map<String, Long> measures(Scope scope) {
        Map<String, Long> counts = new HashMap<>();
        query("select m.dimension_id, m.status, count(*) from rpt_measure_progress m join rpt_unit_report r on r.id = m.report_id "
            + "where" + scope.where() + "group by m.dimension_id, m.status", scope)
            .query(rs -> {
                counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
            });
        return counts;
    }

    /** Obstacles per dimension. */
    Map<String, Long> obstacles(Scope scope) {
        Map<String, Long> counts = new HashMap<>();
        query("select o.dimension_id, count(*) from rpt_obstacle o join rpt_unit_report r on r.id = o.report_id "
            + "where" + scope.where() + "group by o.dimension_id", scope)
            .query(rs -> {
                counts.put(rs.getString(1), rs.getLong(2));
            });
        return counts;
    }

    /** Units that wrote a summary per dimension. */
    Map<String, Long> dimensionSummaries(Scope scope) {
        Map<String, Long> counts = new HashMap<>();
        query("select d.dimension_id, count(*) from rpt_dimension_result d join rpt_unit_report r on r.id = d.report_id "
            + "where" + scope.where() + "and d.summary is not null group by d.dimension_id", scope)
            .query(rs -> {
                counts.put(rs.getString(1), rs.getLong(2));
            });
        return counts;
    }

    /** Per figure key: {total, units that gave it}. */
    Map<String, long[]> figures(Scope scope) {
        Map<String, long[]> totals = new HashMap<>();
        query("select f.figure, sum(f.amount), count(*) from rpt_figure f join rpt_unit_report r on r.id = f.report_id "
            + "where" + scope.where() + "group by f.figure", scope)
            .query(rs -> {
                totals.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
        return totals;
    }

    /** Measures per report and status, for the per-unit rows: key "reportId/DONE". */
    Map<String, Long> measuresByReport(String cycleId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select m.report_id, m.status, count(*) from rpt_measure_progress m join rpt_unit_report r on r.id = m.report_id "
                + "where r.cycle_id = ? group by m.report_id, m.status")
            .param(cycleId)
            .query(rs -> {
                counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
            });
        return counts;
    }

    private JdbcClient.StatementSpec query(String sql, Scope scope) {
        return jdbc.sql(sql).param("consolidation", scope.consolidationId()).param("own", scope.ownReportId())
            .param("cycle", scope.cycleId());
    }
}
