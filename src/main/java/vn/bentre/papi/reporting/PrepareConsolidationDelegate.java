package vn.bentre.papi.reporting;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.UnitLevel;

import vn.bentre.papi.platform.JsonVariables;

/**
 * Before a consolidation task (district or province), reached at the deadline or as soon as every
 * awaited report is in: marks the consolidation open and prepares its form's tables from the outcome
 * tables. In: {@code consolidationId}. Out: {@code consolidationUnits}, {@code consolidationDistricts},
 * {@code consolidationDimensions}, {@code consolidationFigures}, {@code consolidationHeadline},
 * {@code missingUnits}, {@code preparedAtText}; for the province also {@code unitOptions}.
 */
@Component("prepareConsolidation")
class PrepareConsolidationDelegate implements JavaDelegate {

    private final ConsolidationRepository consolidations;
    private final CycleRepository cycles;
    private final ConsolidationView view;
    private final JsonVariables json;
    private final Organisation organisation;

    PrepareConsolidationDelegate(ConsolidationRepository consolidations, CycleRepository cycles, ConsolidationView view,
            JsonVariables json, Organisation organisation) {
        this.organisation = organisation;
        this.consolidations = consolidations;
        this.cycles = cycles;
        this.view = view;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = ReportVariables.requiredText(execution, "consolidationId", "mã tổng hợp");
        Consolidation consolidation = consolidations.find(id).orElseThrow(() -> new IllegalStateException("No consolidation " + id));
        Date now = ClockUtil.getCurrentTime();
        consolidations.open(id, now);
        if (consolidation.level() == Consolidation.Level.PROVINCE) {
            cycles.setStatus(consolidation.cycleId(), Cycle.CONSOLIDATING);
            // The units UBND tỉnh may direct after reading the report (form decide-provincial-report).
            execution.setVariable("unitOptions", json.json(organisation.units().stream()
                .filter(u -> u.level() != UnitLevel.PROVINCE)
                .map(u -> Map.of("value", u.id(), "label", u.name())).toList()));
        }
        ConsolidationView.View tables = view.of(consolidation, now);
        execution.setVariable("consolidationUnits", json.json(tables.units()));
        execution.setVariable("consolidationDistricts", json.json(tables.consolidated()));
        execution.setVariable("consolidationDimensions", json.json(tables.dimensions()));
        execution.setVariable("consolidationFigures", json.json(tables.figures()));
        execution.setVariable("consolidationHeadline", tables.headline());
        execution.setVariable("missingUnits", tables.missing().isEmpty() ? null : String.join("; ", tables.missing()));
        execution.setVariable("preparedAtText", ReportVariables.dayTime(now));
    }
}
