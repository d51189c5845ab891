package vn.bentre.papi.reporting;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * Starts the {@code papi-unit-report} of each unit of a batch, each a process instance of its own
 * (business key: the report id), so the caller never waits for them and a unit submits without
 * touching anybody else's process. A batch (a district with its communes, or a share of the
 * departments) opens in one transaction: one background job per batch, not one per unit, is what
 * lets a whole period open in seconds (README "Benchmark"). Idempotent: a report that already has
 * its process is skipped, so a job run twice starts nothing the second time. In: {@code cycleId},
 * {@code reportUnitIds}.
 */
@Component("startUnitReports")
class StartUnitReportsDelegate implements JavaDelegate {

    static final String PROCESS = "papi-unit-report";
    private static final Logger log = LoggerFactory.getLogger(StartUnitReportsDelegate.class);

    private final ReportRepository reports;

    private final WithoutAuthorization withoutAuthorization;

    StartUnitReportsDelegate(ReportRepository reports, WithoutAuthorization withoutAuthorization) {
        this.withoutAuthorization = withoutAuthorization;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = ReportVariables.requiredText(execution, "cycleId", "kỳ báo cáo");
        if (!(execution.getVariable("reportUnitIds") instanceof Collection<?> unitIds)) {
            throw new IllegalStateException("reportUnitIds must be a list of unit ids, not " + execution.getVariable("reportUnitIds"));
        }
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        for (Object unit : unitIds) {
            String unitId = unit.toString();
            String reportId = UnitReport.id(cycleId, unitId);
            UnitReport report = reports.find(reportId).orElseThrow(() -> new IllegalStateException(
                "Kỳ " + cycleId + " không chờ báo cáo của đơn vị " + unitId + " (no expected report " + reportId + ")"));
            if (report.processInstanceId() != null) {
                log.info("Báo cáo {} đã được mở (process {}), không mở lại", reportId, report.processInstanceId());
                continue;
            }
            withoutAuthorization.call(() -> runtime.startProcessInstanceByKey(PROCESS, reportId,
                Map.of("reportId", reportId, "cycleId", cycleId, "unitId", unitId)));
        }
    }
}
