package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After {@code signUnitReport}: the head signs the report (it goes to the reviewer) or sends it back
 * with a reason. In: {@code signOffDecision} SIGN|RETURN, {@code signOffReason}.
 */
@Component("recordReportSignOff")
class RecordReportSignOffDelegate implements JavaDelegate {

    static final String SIGN = "SIGN";
    static final String RETURN = "RETURN";

    private final ReportRepository reports;

    RecordReportSignOffDelegate(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ReportVariables.requiredText(execution, "signOffDecision", "ý kiến của lãnh đạo");
        String reportId = (String) execution.getVariable("reportId");
        int round = (Integer) execution.getVariable("reportRound");
        if (SIGN.equals(decision)) {
            reports.recordDecision(reportId, round, "SIGN_OFF", SIGN, null, CurrentUser.of(execution), ClockUtil.getCurrentTime(),
                ReportStatus.IN_REVIEW);
        } else if (RETURN.equals(decision)) {
            String reason = ReportVariables.requiredText(execution, "signOffReason", "lý do trả lại");
            reports.recordDecision(reportId, round, "SIGN_OFF", RETURN, reason, CurrentUser.of(execution),
                ClockUtil.getCurrentTime(), ReportStatus.RETURNED);
            execution.setVariable("reportReturnReason", "Lãnh đạo đơn vị trả lại: " + reason);
            execution.setVariable("reportRound", round + 1);
        } else {
            throw new ReportInputException("Ý kiến của lãnh đạo phải là SIGN hoặc RETURN, không phải '" + decision + "'");
        }
    }
}
