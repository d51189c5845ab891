package vn.bentre.papi.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code consolidateCorrectiveMeasures}: checks Sở Nội vụ's consolidated measures (each for a
 * missed dimension, with text and known lead units; every missed dimension has at least one) and
 * records this round's draft for UBND tỉnh. In: {@code consolidatedMeasures}, {@code consolidationRound}.
 * Out: {@code consolidatedMeasuresTable} (what the approver reads), {@code approvalDue}.
 */
@Component("recordCorrectiveConsolidation")
class RecordCorrectiveConsolidationDelegate implements JavaDelegate {


    private final AssessmentRepository assessments;
    private final MeasureCatalogue catalogue;
    private final UnitLabels labels;
    private final AssessmentDueDates dueDates;
    private final JsonVariables json;
    private final FormRows rows;

    RecordCorrectiveConsolidationDelegate(AssessmentRepository assessments, MeasureCatalogue catalogue, UnitLabels labels,
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
        int round = (Integer) execution.getVariable("consolidationRound");
        List<String> missed = assessments.missedDimensions(year);
        List<CorrectiveMeasureEntry> measures = validate(rows.read(execution, "consolidatedMeasures", "consolidatedMeasure", 10, CorrectiveMeasureEntry.class,
            e -> (e.text() != null && !e.text().isBlank()) || e.dimensionId() != null), missed);
        assessments.saveConsolidation(execution.getProcessInstanceId(), round, measures);

        Map<String, String> names = catalogue.dimensions().stream()
            .collect(Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a, LinkedHashMap::new));
        execution.setVariable("consolidatedMeasuresTable", json.json(measures.stream().map(m -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("dimensionName", names.get(m.dimensionId()));
            row.put("text", m.text());
            row.put("leadUnitNames", m.leadUnits().stream().map(labels::label).collect(Collectors.joining("; ")));
            return row;
        }).toList()));
        execution.setVariable("approvalDue", dueDates.approval());
        execution.removeVariable("approvalDecision");
    }

    private List<CorrectiveMeasureEntry> validate(List<CorrectiveMeasureEntry> entries, List<String> missed) {
        if (entries == null || entries.isEmpty()) {
            throw new AssessmentInputException("Cần ít nhất một giải pháp khắc phục (consolidatedMeasures)");
        }
        List<String> problems = new ArrayList<>();
        List<CorrectiveMeasureEntry> result = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CorrectiveMeasureEntry e = entries.get(i);
            String line = "Dòng " + (i + 1) + ": ";
            if (e.dimensionId() == null || !missed.contains(e.dimensionId())) {
                problems.add(line + "nội dung '" + e.dimensionId() + "' không phải nội dung chưa đạt mục tiêu");
            } else {
                covered.add(e.dimensionId());
            }
            if (e.text() == null || e.text().isBlank()) {
                problems.add(line + "cần ghi nội dung giải pháp");
            } else if (e.text().length() > AssessmentVariables.MAX_TEXT) {
                problems.add(line + "nội dung giải pháp dài quá " + AssessmentVariables.MAX_TEXT + " ký tự");
            }
            List<String> leads = e.leadUnits() == null ? List.of()
                : e.leadUnits().stream().filter(u -> u != null && !u.isBlank()).map(String::trim).distinct().toList();
            if (leads.isEmpty()) {
                problems.add(line + "cần chọn đơn vị chủ trì");
            }
            leads.stream().filter(u -> labels.label(u) == null).forEach(u -> problems.add(line + "không có đơn vị '" + u + "'"));
            result.add(new CorrectiveMeasureEntry(e.dimensionId(), e.text() == null ? null : e.text().trim(), leads));
        }
        missed.stream().filter(d -> !covered.contains(d))
            .forEach(d -> problems.add("nội dung " + d + " chưa đạt mục tiêu nhưng chưa có giải pháp khắc phục"));
        if (!problems.isEmpty()) {
            throw new AssessmentInputException("Giải pháp khắc phục chưa hợp lệ: " + String.join("; ", problems));
        }
        return result;
    }
}
