package vn.bentre.papi.planning;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code reviewUnitPlan}: the reviewer approves the plan (its measures become what the unit
 * reports against) or returns it with a reason the drafting unit will see.
 * In: {@code reviewDecision} APPROVE|RETURN, {@code reviewReason}.
 */
@Component("recordPlanReview")
class RecordPlanReviewDelegate implements JavaDelegate {

    static final String APPROVE = "APPROVE";
    static final String RETURN = "RETURN";

    private final UnitPlanRepository plans;
    private final Organisation organisation;
    private final JsonVariables json;

    RecordPlanReviewDelegate(UnitPlanRepository plans, Organisation organisation, JsonVariables json) {
        this.plans = plans;
        this.organisation = organisation;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = PlanVariables.requiredText(execution, "reviewDecision", "kết quả thẩm định");
        int round = (Integer) execution.getVariable("planRound");
        String pid = execution.getProcessInstanceId();
        String unitId = (String) execution.getVariable("unitId");
        Date now = ClockUtil.getCurrentTime();
        if (APPROVE.equals(decision)) {
            plans.recordDecision(pid, round, "REVIEW", APPROVE, PlanVariables.text(execution, "reviewReason"),
                CurrentUser.of(execution), now, "APPROVED");
            plans.approve(pid, unitId, now, json.read(execution, "planMeasures", DraftMeasures.LIST));
        } else if (RETURN.equals(decision)) {
            String reason = PlanVariables.requiredText(execution, "reviewReason", "lý do trả lại");
            plans.recordDecision(pid, round, "REVIEW", RETURN, reason, CurrentUser.of(execution), now, "RETURNED");
            String reviewer = organisation.unit((String) execution.getVariable("reviewerId")).map(Unit::name).orElse("Cơ quan thẩm định");
            execution.setVariable("planReturnReason", reviewer + " trả lại: " + reason);
            execution.setVariable("planRound", round + 1);
        } else {
            throw new PlanInputException("Kết quả thẩm định phải là APPROVE hoặc RETURN, không phải '" + decision + "'");
        }
    }
}
