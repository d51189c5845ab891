package vn.bentre.papi.reporting;

import static vn.bentre.papi.reporting.SqlTime.date;
import static vn.bentre.papi.reporting.SqlTime.ts;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.bentre.papi.calendar.PeriodType;

/** Table {@code rpt_cycle} (and {@code rpt_direction}, UBND tỉnh's directions on a cycle's report). */
@Repository
class CycleRepository {

    private static final RowMapper<Cycle> CYCLE = (rs, i) -> new Cycle(rs.getString("id"),
        PeriodType.valueOf(rs.getString("period_type")), rs.getInt("period_year"), rs.getString("process_instance_id"),
        rs.getString("opened_by"), rs.getBoolean("opened_automatically"), date(rs, "opened_at"),
        date(rs, "commune_deadline"), date(rs, "district_deadline"), date(rs, "department_deadline"),
        date(rs, "province_deadline"), rs.getString("status"), rs.getString("decision"), rs.getString("decided_by"),
        date(rs, "decided_at"), rs.getString("decision_note"), date(rs, "closed_at"));

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from rpt_cycle where id = ?").param(id).query(Integer.class).single() > 0;
    }

    void insert(Cycle c) {
        jdbc.sql("""
                insert into rpt_cycle (id, period_type, period_year, process_instance_id, opened_by, opened_automatically,
                    opened_at, commune_deadline, district_deadline, department_deadline, province_deadline, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(c.id(), c.periodType().name(), c.periodYear(), c.processInstanceId(), c.openedBy(),
                c.openedAutomatically(), ts(c.openedAt()), ts(c.communeDeadline()), ts(c.districtDeadline()),
                ts(c.departmentDeadline()), ts(c.provinceDeadline()), c.status())
            .update();
    }

    Optional<Cycle> find(String id) {
        return jdbc.sql("select * from rpt_cycle where id = ?").param(id).query(CYCLE).optional();
    }

    List<Cycle> findAll() {
        return jdbc.sql("select * from rpt_cycle order by period_year desc, commune_deadline desc").query(CYCLE).list();
    }

    void setStatus(String id, String status) {
        jdbc.sql("update rpt_cycle set status = ? where id = ?").params(status, id).update();
    }

    void recordDecision(String id, String decision, String note, String userId, Date at, String status) {
        jdbc.sql("update rpt_cycle set decision = ?, decision_note = ?, decided_by = ?, decided_at = ?, status = ? where id = ?")
            .params(decision, note, userId, ts(at), status, id).update();
    }

    void close(String id, Date at) {
        jdbc.sql("update rpt_cycle set status = ?, closed_at = ? where id = ?").params(Cycle.CLOSED, ts(at), id).update();
    }

    void insertDirection(String cycleId, String unitId, String text, Date dueAt, String userId, Date at) {
        jdbc.sql("insert into rpt_direction (cycle_id, unit_id, text, due_at, given_by, given_at) values (?, ?, ?, ?, ?, ?)")
            .params(cycleId, unitId, text, ts(dueAt), userId, ts(at)).update();
    }

    Optional<Direction> direction(String cycleId, String unitId) {
        return jdbc.sql("select * from rpt_direction where cycle_id = ? and unit_id = ?").params(cycleId, unitId)
            .query((rs, i) -> new Direction(rs.getString("cycle_id"), rs.getString("unit_id"), rs.getString("text"),
                date(rs, "due_at"), rs.getString("response"), date(rs, "responded_at")))
            .optional();
    }

    void respond(String cycleId, String unitId, String response, String userId, Date at) {
        jdbc.sql("update rpt_direction set response = ?, responded_by = ?, responded_at = ? where cycle_id = ? and unit_id = ?")
            .params(response, userId, ts(at), cycleId, unitId).update();
    }

    record Direction(String cycleId, String unitId, String text, Date dueAt, String response, Date respondedAt) {
    }
}
