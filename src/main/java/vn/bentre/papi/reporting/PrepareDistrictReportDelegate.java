package vn.bentre.papi.reporting;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * Start of {@code papi-district-report}: the district, its Phòng Nội vụ (who works in this process
 * and consolidates), the reports to open (the district's own and its communes'), and until when
 * they are awaited. In: {@code consolidationId}, {@code districtId}, {@code cycleId}. Out:
 * {@code unitId} (the Phòng Nội vụ), {@code districtName}, {@code consolidatorId},
 * {@code reportUnitIds}, {@code periodLabel}, {@code collectUntil}, {@code consolidationDue}.
 */
@Component("prepareDistrictReport")
class PrepareDistrictReportDelegate implements JavaDelegate {

    private final ConsolidationRepository consolidations;
    private final ReportRepository reports;
    private final CycleRepository cycles;
    private final Organisation organisation;

    PrepareDistrictReportDelegate(ConsolidationRepository consolidations, ReportRepository reports, CycleRepository cycles,
            Organisation organisation) {
        this.consolidations = consolidations;
        this.reports = reports;
        this.cycles = cycles;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String consolidationId = ReportVariables.requiredText(execution, "consolidationId", "mã tổng hợp");
        Consolidation consolidation = consolidations.find(consolidationId)
            .orElseThrow(() -> new IllegalStateException("No consolidation " + consolidationId));
        if (!consolidations.attachProcess(consolidationId, execution.getProcessInstanceId())) {
            throw new IllegalStateException("Tổng hợp " + consolidationId + " đã có quy trình khác (already has a process)");
        }
        Cycle cycle = cycles.find(consolidation.cycleId()).orElseThrow();
        Unit district = organisation.requireUnit(consolidation.scopeUnitId());
        List<String> units = new ArrayList<>();
        units.add(district.id());
        reports.ofConsolidation(consolidationId).forEach(report -> units.add(report.unitId()));

        execution.setVariable("unitId", consolidation.consolidatorId());
        execution.setVariable("consolidatorId", consolidation.consolidatorId());
        execution.setVariable("districtName", district.name());
        execution.setVariable("periodLabel", cycle.period().label());
        execution.setVariable("reportUnitIds", units);
        execution.setVariable("collectUntil", consolidation.collectUntil());
        execution.setVariable("collectUntilText", ReportVariables.day(consolidation.collectUntil()));
        execution.setVariable("consolidationDue", consolidation.dueAt());
    }
}
