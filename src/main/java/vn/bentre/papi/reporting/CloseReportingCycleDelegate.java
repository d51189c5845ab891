package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** End of {@code papi-reporting-cycle}: UBND tỉnh acknowledged the report, or every direction was answered. */
@Component("closeReportingCycle")
class CloseReportingCycleDelegate implements JavaDelegate {

    private final CycleRepository cycles;

    CloseReportingCycleDelegate(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.close(ReportVariables.requiredText(execution, "cycleId", "kỳ báo cáo"), ClockUtil.getCurrentTime());
    }
}
