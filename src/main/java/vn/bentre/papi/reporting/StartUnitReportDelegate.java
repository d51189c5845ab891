package vn.bentre.papi.reporting;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * Starts one unit's {@code papi-unit-report} as a process instance of its own (business key: the
 * report id), so the caller never waits for it and the unit submits without touching anybody
 * else's process. Runs once per element of an asynchronous multi-instance; a job run twice starts
 * nothing the second time. In: {@code cycleId}, {@code reportUnitId}.
 */
@Component("startUnitReport")
class StartUnitReportDelegate implements JavaDelegate {

    static final String PROCESS = "papi-unit-report";
    private static final Logger log = LoggerFactory.getLogger(StartUnitReportDelegate.class);

    private final ReportRepository reports;

    private final WithoutAuthorization withoutAuthorization;

    StartUnitReportDelegate(ReportRepository reports, WithoutAuthorization withoutAuthorization) {
        this.withoutAuthorization = withoutAuthorization;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = ReportVariables.requiredText(execution, "cycleId", "kỳ báo cáo");
        String unitId = ReportVariables.requiredText(execution, "reportUnitId", "đơn vị báo cáo");
        String reportId = UnitReport.id(cycleId, unitId);
        UnitReport report = reports.find(reportId).orElseThrow(() -> new IllegalStateException(
            "Kỳ " + cycleId + " không chờ báo cáo của đơn vị " + unitId + " (no expected report " + reportId + ")"));
        if (report.processInstanceId() != null) {
            log.info("Báo cáo {} đã được mở (process {}), không mở lại", reportId, report.processInstanceId());
            return;
        }
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        withoutAuthorization.call(() -> runtime.startProcessInstanceByKey(PROCESS, reportId,
            Map.of("reportId", reportId, "cycleId", cycleId, "unitId", unitId)));
    }
}
