package vn.bentre.papi.planning;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormValues;

/**
 * After {@code signUnitPlan}: the head signs the plan (document number and date required) or sends
 * it back with a reason. In: {@code signOffDecision} SIGN|RETURN, {@code signedDocumentNumber},
 * {@code signedOn}, {@code signOffReason}.
 */
@Component("recordPlanSignOff")
class RecordPlanSignOffDelegate implements JavaDelegate {

    static final String SIGN = "SIGN";
    static final String RETURN = "RETURN";

    private final UnitPlanRepository plans;

    RecordPlanSignOffDelegate(UnitPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = PlanVariables.requiredText(execution, "signOffDecision", "ý kiến của lãnh đạo");
        int round = (Integer) execution.getVariable("planRound");
        String pid = execution.getProcessInstanceId();
        if (SIGN.equals(decision)) {
            String number = PlanVariables.requiredText(execution, "signedDocumentNumber", "số văn bản kế hoạch đã ký");
            LocalDate signedOn = PlanVariables.date(execution, "signedOn");
            if (signedOn == null) {
                throw new PlanInputException("Cần nhập ngày ký kế hoạch (signedOn)");
            }
            plans.recordSignature(pid, number, signedOn);
            plans.recordDecision(pid, round, "SIGN_OFF", SIGN, null, FormValues.currentUser(), ClockUtil.getCurrentTime(), "IN_REVIEW");
        } else if (RETURN.equals(decision)) {
            String reason = PlanVariables.requiredText(execution, "signOffReason", "lý do trả lại");
            plans.recordDecision(pid, round, "SIGN_OFF", RETURN, reason, FormValues.currentUser(), ClockUtil.getCurrentTime(), "RETURNED");
            execution.setVariable("planReturnReason", "Lãnh đạo đơn vị trả lại: " + reason);
            execution.setVariable("planRound", round + 1);
        } else {
            throw new PlanInputException("Ý kiến của lãnh đạo phải là SIGN hoặc RETURN, không phải '" + decision + "'");
        }
    }
}
