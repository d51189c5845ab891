package vn.bentre.papi.planning;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What units committed to: the measures of their latest approved plan, which reports are tracked against. */
@Service
public class ApprovedPlans {

    private final JdbcClient jdbc;

    ApprovedPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measures of the unit's most recently approved plan; empty when it has none yet. */
    public List<PlanMeasureEntry> measuresOf(String unitId) {
        return jdbc.sql("""
                select m.measure_id, m.action, m.responsible, m.deadline, m.estimated_cost
                from pln_plan_measure m join pln_unit_plan p on p.process_instance_id = m.process_instance_id
                where m.unit_id = ? and p.approved_at = (select max(approved_at) from pln_unit_plan
                    where unit_id = ? and status = 'APPROVED')
                order by m.measure_id""")
            .params(unitId, unitId)
            .query((rs, i) -> new PlanMeasureEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate().toString(), rs.getBigDecimal(5)))
            .list();
    }
}
