package vn.bentre.papi.reporting;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * Starts one district's {@code papi-district-report} as a process instance of its own (business
 * key: its consolidation id, "2016-Q1:huyen-829"), so the provincial cycle goes on without waiting
 * for it. A job run twice starts nothing the second time. In: {@code cycleId}, {@code reportDistrictId}.
 */
@Component("startDistrictReport")
class StartDistrictReportDelegate implements JavaDelegate {

    static final String PROCESS = "papi-district-report";
    private static final Logger log = LoggerFactory.getLogger(StartDistrictReportDelegate.class);

    private final ConsolidationRepository consolidations;

    private final WithoutAuthorization withoutAuthorization;

    StartDistrictReportDelegate(ConsolidationRepository consolidations, WithoutAuthorization withoutAuthorization) {
        this.withoutAuthorization = withoutAuthorization;
        this.consolidations = consolidations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = ReportVariables.requiredText(execution, "cycleId", "kỳ báo cáo");
        String districtId = ReportVariables.requiredText(execution, "reportDistrictId", "huyện, thành phố");
        String consolidationId = Consolidation.id(cycleId, districtId);
        Consolidation consolidation = consolidations.find(consolidationId).orElseThrow(() -> new IllegalStateException(
            "Kỳ " + cycleId + " không có tổng hợp của " + districtId + " (no consolidation " + consolidationId + ")"));
        if (consolidation.processInstanceId() != null) {
            log.info("Báo cáo của {} đã được mở (process {}), không mở lại", consolidationId, consolidation.processInstanceId());
            return;
        }
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        withoutAuthorization.call(() -> runtime.startProcessInstanceByKey(PROCESS, consolidationId,
            Map.of("consolidationId", consolidationId, "cycleId", cycleId, "districtId", districtId)));
    }
}
