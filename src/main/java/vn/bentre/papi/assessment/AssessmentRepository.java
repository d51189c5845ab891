package vn.bentre.papi.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code asm_year_result} and {@code asm_dimension_result} (results per year, seeded with the
 * plan's own 2013 and 2014 figures) and the tables of an assessment's corrective work. Written by
 * the diagram's delegates in the engine's transaction.
 */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(String processInstanceId, int year, Date at) {
        jdbc.sql("insert into asm_assessment (process_instance_id, papi_year, status, rounds, started_at) values (?, ?, 'ENTERING', 1, ?)")
            .params(processInstanceId, year, ts(at)).update();
    }

    void status(String processInstanceId, String status) {
        jdbc.sql("update asm_assessment set status = ? where process_instance_id = ?").params(status, processInstanceId).update();
    }

    void complete(String processInstanceId, String status, Date at) {
        jdbc.sql("update asm_assessment set status = ?, completed_at = ? where process_instance_id = ?")
            .params(status, ts(at), processInstanceId).update();
    }

    /** Replaces whatever the year had (the plan's seed figures included) with the entered results. */
    void saveResults(String processInstanceId, int year, BigDecimal overallScore, PapiGroup overallGroup, int rank,
            int provinceCount, List<DimensionResultEntry> dimensions, Date at) {
        jdbc.sql("delete from asm_dimension_result where papi_year = ?").param(year).update();
        int updated = jdbc.sql("update asm_year_result set overall_score = ?, overall_group = ?, province_rank = ?, province_count = ?, "
                + "source = 'ASSESSMENT', process_instance_id = ?, recorded_at = ? where papi_year = ?")
            .params(overallScore, overallGroup.name(), rank, provinceCount, processInstanceId, ts(at), year).update();
        if (updated == 0) {
            jdbc.sql("insert into asm_year_result (papi_year, overall_score, overall_group, province_rank, province_count, source, "
                    + "process_instance_id, recorded_at) values (?, ?, ?, ?, ?, 'ASSESSMENT', ?, ?)")
                .params(year, overallScore, overallGroup.name(), rank, provinceCount, processInstanceId, ts(at)).update();
        }
        for (DimensionResultEntry d : dimensions) {
            jdbc.sql("insert into asm_dimension_result (papi_year, dimension_id, score, dimension_group) values (?, ?, ?, ?)")
                .params(year, d.dimensionId(), d.score(), d.group()).update();
        }
        jdbc.sql("update asm_assessment set status = 'PROPOSING', results_recorded_at = ? where process_instance_id = ?")
            .params(ts(at), processInstanceId).update();
    }

    void recordTarget(int year, String dimensionId, boolean meetsTarget) {
        jdbc.sql("update asm_dimension_result set meets_target = ? where papi_year = ? and dimension_id = ?")
            .params(meetsTarget, year, dimensionId).update();
    }

    /** Dimensions of the year that missed the target, in the order of the year's results. */
    List<String> missedDimensions(int year) {
        return jdbc.sql("select dimension_id from asm_dimension_result where papi_year = ? and meets_target = false")
            .param(year).query(String.class).list();
    }

    void saveProposal(String processInstanceId, String dimensionId, String unitId, String text, String notes, String by, Date at) {
        jdbc.sql("insert into asm_corrective_proposal (process_instance_id, dimension_id, unit_id, text, notes, proposed_by, proposed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
            .params(processInstanceId, dimensionId, unitId, text, notes, by, ts(at)).update();
    }

    List<Proposal> proposals(String processInstanceId) {
        return jdbc.sql("select dimension_id, unit_id, text, notes from asm_corrective_proposal where process_instance_id = ? order by id")
            .param(processInstanceId)
            .query((rs, i) -> new Proposal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    void saveConsolidation(String processInstanceId, int round, List<CorrectiveMeasureEntry> measures) {
        jdbc.sql("delete from asm_corrective_measure where process_instance_id = ? and round = ?").params(processInstanceId, round).update();
        for (int i = 0; i < measures.size(); i++) {
            CorrectiveMeasureEntry m = measures.get(i);
            jdbc.sql("insert into asm_corrective_measure (process_instance_id, round, position, dimension_id, text, lead_units) "
                    + "values (?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, round, i + 1, m.dimensionId(), m.text(), String.join(" ", m.leadUnits())).update();
        }
        jdbc.sql("update asm_assessment set status = 'AWAITING_APPROVAL', rounds = ? where process_instance_id = ?")
            .params(round, processInstanceId).update();
    }

    List<CorrectiveMeasureEntry> consolidation(String processInstanceId, int round) {
        return jdbc.sql("select dimension_id, text, lead_units from asm_corrective_measure where process_instance_id = ? and round = ? "
                + "order by position")
            .params(processInstanceId, round)
            .query((rs, i) -> new CorrectiveMeasureEntry(rs.getString(1), rs.getString(2), Arrays.asList(rs.getString(3).split(" "))))
            .list();
    }

    void approved(String processInstanceId, int round, int position, String measureId) {
        jdbc.sql("update asm_corrective_measure set measure_id = ? where process_instance_id = ? and round = ? and position = ?")
            .params(measureId, processInstanceId, round, position).update();
    }

    void recordDecision(String processInstanceId, int round, String decision, String reason, String document, String by, Date at) {
        jdbc.sql("insert into asm_approval_round (process_instance_id, round, decision, reason, document, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
            .params(processInstanceId, round, decision, reason, document, by, ts(at)).update();
    }

    record Proposal(String dimensionId, String unitId, String text, String notes) {
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
