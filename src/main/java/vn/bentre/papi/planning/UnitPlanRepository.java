package vn.bentre.papi.planning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outcome tables of plans: rollouts, unit plans, submissions, review rounds and approved measures.
 * Written by the diagrams' delegates in the engine's transaction.
 */
@Repository
class UnitPlanRepository {

    private final JdbcClient jdbc;

    UnitPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void openRollout(String id, String planNumber, LocalDate issuedOn, Date unitPlanDeadline, Date now) {
        jdbc.sql("insert into pln_rollout (id, plan_number, issued_on, unit_plan_deadline, started_at) values (?, ?, ?, ?, ?)")
            .params(id, planNumber, issuedOn, ts(unitPlanDeadline), ts(now)).update();
    }

    void completeRollout(String id, Date now) {
        jdbc.sql("update pln_rollout set completed_at = ? where id = ?").params(ts(now), id).update();
    }

    void openPlan(String processInstanceId, String rolloutId, String unitId, Date dueAt) {
        jdbc.sql("insert into pln_unit_plan (process_instance_id, rollout_id, unit_id, status, due_at, rounds) "
                + "values (?, ?, ?, 'DRAFTING', ?, 1)")
            .params(processInstanceId, rolloutId, unitId, ts(dueAt)).update();
    }

    void recordSubmission(String processInstanceId, int round, String unitId, String userId, Date at, boolean onTime,
            String measuresJson, String notes) {
        jdbc.sql("insert into pln_plan_submission (process_instance_id, round, unit_id, submitted_by, submitted_at, on_time, "
                + "measures_json) values (?, ?, ?, ?, ?, ?, ?)")
            .params(processInstanceId, round, unitId, userId, ts(at), onTime, measuresJson).update();
        jdbc.sql("update pln_unit_plan set status = 'SUBMITTED', rounds = ?, notes = ?, "
                + "first_submitted_at = coalesce(first_submitted_at, ?) where process_instance_id = ?")
            .params(round, notes, ts(at), processInstanceId).update();
    }

    void recordDecision(String processInstanceId, int round, String stage, String decision, String reason, String userId,
            Date at, String newStatus) {
        jdbc.sql("insert into pln_review_round (process_instance_id, round, stage, decision, reason, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
            .params(processInstanceId, round, stage, decision, reason, userId, ts(at)).update();
        jdbc.sql("update pln_unit_plan set status = ? where process_instance_id = ?").params(newStatus, processInstanceId).update();
    }

    void recordSignature(String processInstanceId, String documentNumber, LocalDate signedOn) {
        jdbc.sql("update pln_unit_plan set signed_document_number = ?, signed_on = ? where process_instance_id = ?")
            .params(documentNumber, signedOn, processInstanceId).update();
    }

    /** Approval: the plan's measures become what the unit's reports are tracked against. */
    void approve(String processInstanceId, String unitId, Date at, List<PlanMeasureEntry> measures) {
        jdbc.sql("update pln_unit_plan set status = 'APPROVED', approved_at = ?, "
                + "approved_on_time = (first_submitted_at <= due_at) where process_instance_id = ?")
            .params(ts(at), processInstanceId).update();
        jdbc.sql("delete from pln_plan_measure where process_instance_id = ?").param(processInstanceId).update();
        for (PlanMeasureEntry m : measures) {
            jdbc.sql("insert into pln_plan_measure (process_instance_id, measure_id, unit_id, action, responsible, deadline, "
                    + "estimated_cost) values (?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, m.measureId(), unitId, m.action(), m.responsible(),
                    m.deadline() == null || m.deadline().isBlank() ? null : LocalDate.parse(m.deadline().substring(0, 10)),
                    m.estimatedCost())
                .update();
        }
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
