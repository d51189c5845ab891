package vn.bentre.papi.dashboard;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the reporting and obstacle outcome tables written as those features write them
 * (V5__reporting.sql, V6__obstacles.sql), for sections whose processes these tests do not drive.
 * Times are Vietnam time.
 */
final class OutcomeRows {

    private final JdbcClient jdbc;
    private int sequence;

    OutcomeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp vietnam(LocalDateTime time) {
        return time == null ? null : Timestamp.from(time.atZone(DashboardFormat.VIETNAM).toInstant());
    }

    /** A reporting cycle, e.g. "2016-Q1". */
    void cycle(String id, LocalDateTime openedAt) {
        Timestamp at = vietnam(openedAt);
        jdbc.sql("insert into rpt_cycle (id, period_type, period_year, process_instance_id, opened_automatically, opened_at, "
                + "commune_deadline, district_deadline, department_deadline, province_deadline, status) "
                + "values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, 'OPEN')")
            .params(id, id.substring(5), Integer.parseInt(id.substring(0, 4)), "pi-" + id, at, at, at, at, at).update();
    }

    /** A unit's report of a cycle; {@code firstSubmitted} and {@code onTime} null while not sent. */
    void report(String cycleId, String unitId, String status, LocalDateTime due, LocalDateTime firstSubmitted, Boolean onTime) {
        String level = unitId.startsWith("xa-") ? "COMMUNE" : unitId.startsWith("huyen-") ? "DISTRICT" : "DEPARTMENT";
        jdbc.sql("insert into rpt_unit_report (id, cycle_id, unit_id, unit_level, consolidation_id, reviewer_id, status, due_at, "
                + "first_submitted_at, on_time, rounds, accepted_at) values (?, ?, ?, ?, ?, 'so-noi-vu', ?, ?, ?, ?, 1, ?)")
            .params(cycleId + ":" + unitId, cycleId, unitId, level, cycleId + ":ubnd-tinh", status, vietnam(due),
                vietnam(firstSubmitted), onTime, "ACCEPTED".equals(status) ? vietnam(due) : null)
            .update();
    }

    /** An obstacle raised at 08:00 on the day. */
    void obstacle(String unitId, String dimensionId, String status, LocalDate raisedOn, String description) {
        jdbc.sql("insert into obs_obstacle (process_instance_id, unit_id, dimension_id, description, proposal, urgency, raised_at, status) "
                + "values (?, ?, ?, ?, 'Đề nghị hướng dẫn', 'NORMAL', ?, ?)")
            .params("obstacle-" + sequence++, unitId, dimensionId, description, vietnam(LocalDateTime.of(raisedOn, LocalTime.of(8, 0))),
                status)
            .update();
    }
}
