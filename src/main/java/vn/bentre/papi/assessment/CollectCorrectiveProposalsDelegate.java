package vn.bentre.papi.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After the per-dimension loop: which dimensions missed the target, and what their lead units
 * proposed, laid out for Sở Nội vụ's consolidation (a draft measure per proposal). With no missed
 * dimension the assessment ends here. Out: {@code missedDimensionCount}, {@code correctiveProposals}
 * (read-only table), {@code consolidatedMeasures} (the draft), {@code missedDimensionOptions},
 * {@code leadUnitOptions}, {@code consolidationRound}, {@code consolidationDue}.
 */
@Component("collectCorrectiveProposals")
class CollectCorrectiveProposalsDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final MeasureCatalogue catalogue;
    private final UnitLabels labels;
    private final AssessmentDueDates dueDates;
    private final JsonVariables json;
    private final FormRows rows;

    CollectCorrectiveProposalsDelegate(AssessmentRepository assessments, MeasureCatalogue catalogue, UnitLabels labels,
            AssessmentDueDates dueDates, JsonVariables json, FormRows rows) {
        this.rows = rows;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.labels = labels;
        this.dueDates = dueDates;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = (Integer) execution.getVariable("assessmentYear");
        String pid = execution.getProcessInstanceId();
        List<String> missedIds = assessments.missedDimensions(year);
        List<Dimension> missed = catalogue.dimensions(year).stream().filter(d -> missedIds.contains(d.id())).toList();
        execution.setVariable("missedDimensionCount", missed.size());
        if (missed.isEmpty()) {
            assessments.complete(pid, "ON_TARGET", ClockUtil.getCurrentTime());
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        missed.forEach(d -> names.put(d.id(), d.name()));

        List<Map<String, Object>> proposals = new ArrayList<>();
        List<Map<String, Object>> draft = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>(List.of(PrepareAssessmentDelegate.OWNER_UNIT));
        for (AssessmentRepository.Proposal p : assessments.proposals(pid)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dimensionName", names.getOrDefault(p.dimensionId(), p.dimensionId()));
            row.put("unitName", labels.label(p.unitId()));
            row.put("text", p.text());
            row.put("notes", p.notes() == null ? "" : p.notes());
            proposals.add(row);
            Map<String, Object> measure = new LinkedHashMap<>();
            measure.put("dimensionId", p.dimensionId());
            measure.put("text", p.text());
            measure.put("leadUnits", List.of(p.unitId()));
            draft.add(measure);
            units.add(p.unitId());
        }
        units.addAll(List.of("@districts", "@communes", "@departments", "@all"));

        execution.setVariable("correctiveProposals", json.json(proposals));
        rows.write(execution, "consolidatedMeasures", "consolidatedMeasure", 10, draft);
        execution.setVariable("missedDimensionOptions", json.json(missed.stream()
            .map(d -> PrepareAssessmentDelegate.option(d.id(), d.name())).toList()));
        execution.setVariable("leadUnitOptions", json.json(units.stream()
            .map(u -> PrepareAssessmentDelegate.option(u, labels.label(u))).toList()));
        execution.setVariable("consolidationRound", 1);
        execution.setVariable("consolidationDue", dueDates.consolidation());
        assessments.status(pid, "CONSOLIDATING");
    }
}
