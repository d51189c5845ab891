package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * End of {@code papi-unit-report}, asynchronous: hands the accepted report to its consolidation
 * (starts it early when this was the last awaited report; adds the report as an addendum when the
 * consolidation is already done). In: {@code reportId}.
 */
@Component("forwardAcceptedReport")
class ForwardAcceptedReportDelegate implements JavaDelegate {

    private final ConsolidationTrigger trigger;

    ForwardAcceptedReportDelegate(ConsolidationTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trigger.reportAccepted(ReportVariables.requiredText(execution, "reportId", "mã báo cáo"));
    }
}
