package vn.bentre.papi.reporting;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After a consolidation task: records the consolidated report and what it contained, as the
 * outcome tables stand now (a report accepted while the task was open is included; one accepted
 * later becomes an addendum). In: {@code consolidationId}, {@code consolidationSummary},
 * {@code consolidationDocumentNumber}.
 */
@Component("recordConsolidation")
class RecordConsolidationDelegate implements JavaDelegate {

    private final ConsolidationRepository consolidations;
    private final ReportRepository reports;
    private final CycleRepository cycles;

    RecordConsolidationDelegate(ConsolidationRepository consolidations, ReportRepository reports, CycleRepository cycles) {
        this.consolidations = consolidations;
        this.reports = reports;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = ReportVariables.requiredText(execution, "consolidationId", "mã tổng hợp");
        String summary = ReportVariables.requiredText(execution, "consolidationSummary", "đánh giá chung của báo cáo tổng hợp");
        if (summary.length() > 8000) {
            throw new ReportInputException("Đánh giá chung dài quá 8000 ký tự");
        }
        String documentNumber = ReportVariables.text(execution, "consolidationDocumentNumber");
        if (documentNumber != null && documentNumber.length() > 64) {
            throw new ReportInputException("Số văn bản dài quá 64 ký tự");
        }
        Consolidation consolidation = consolidations.find(id).orElseThrow(() -> new IllegalStateException("No consolidation " + id));
        Date now = ClockUtil.getCurrentTime();
        // Done first: this takes the row lock that an accepted report's forwarding waits for.
        consolidations.complete(id, now, CurrentUser.of(execution), !now.after(consolidation.dueAt()), documentNumber, summary);
        for (UnitReport report : reports.ofConsolidation(id)) {
            consolidations.insertItem(id, report.unitId(), report.timeliness(now), report.status(), report.accepted());
        }
        if (consolidation.level() == Consolidation.Level.PROVINCE) {
            cycles.setStatus(consolidation.cycleId(), Cycle.CONSOLIDATED);
        }
    }
}
