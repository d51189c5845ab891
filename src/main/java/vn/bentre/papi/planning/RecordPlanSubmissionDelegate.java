package vn.bentre.papi.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code draftUnitPlan}: checks the draft again on the server (the form can be bypassed over
 * REST) and records the submission of this round. In: the measures ({@link DraftMeasures}),
 * {@code planNotes}. Out: {@code planMeasures}, the list the later steps show and approve.
 */
@Component("recordPlanSubmission")
class RecordPlanSubmissionDelegate implements JavaDelegate {

    private final Organisation organisation;
    private final MeasureCatalogue catalogue;
    private final UnitPlanRepository plans;
    private final JsonVariables json;
    private final DraftMeasures draftMeasures;

    RecordPlanSubmissionDelegate(Organisation organisation, MeasureCatalogue catalogue, UnitPlanRepository plans,
            JsonVariables json, DraftMeasures draftMeasures) {
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.plans = plans;
        this.json = json;
        this.draftMeasures = draftMeasures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String unitId = (String) execution.getVariable("unitId");
        List<PlanMeasureEntry> entries = draftMeasures.read(execution);
        validate(entries, unitId);
        // One list for what follows: the sign-off and review forms' table, the approval.
        execution.setVariable("planMeasures", json.json(entries));
        Date now = ClockUtil.getCurrentTime();
        Date due = (Date) execution.getVariable("unitPlanDeadline");
        int round = (Integer) execution.getVariable("planRound");
        plans.recordSubmission(execution.getProcessInstanceId(), round, unitId, CurrentUser.of(execution), now,
            due == null || !now.after(due), json.toJson(entries), PlanVariables.text(execution, "planNotes"));
        execution.removeVariable("planReturnReason");
    }

    private void validate(List<PlanMeasureEntry> entries, String unitId) {
        if (entries == null || entries.isEmpty()) {
            throw new PlanInputException("Kế hoạch cần ít nhất một giải pháp (planMeasures)");
        }
        var unit = organisation.requireUnit(unitId);
        Set<String> applicable = new HashSet<>();
        catalogue.measuresFor(unit).forEach(m -> applicable.add(m.id()));
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PlanMeasureEntry e = entries.get(i);
            String line = "Giải pháp thứ " + (i + 1) + ": ";
            if (e.measureId() == null || !applicable.contains(e.measureId())) {
                problems.add(line + "giải pháp '" + e.measureId() + "' không thuộc danh mục áp dụng cho đơn vị");
            } else if (!seen.add(e.measureId())) {
                problems.add(line + "giải pháp " + e.measureId() + " đã có ở dòng khác");
            }
            if (e.action() == null || e.action().isBlank()) {
                problems.add(line + "cần ghi nội dung thực hiện");
            }
            if (e.responsible() == null || e.responsible().isBlank()) {
                problems.add(line + "cần ghi người/bộ phận chịu trách nhiệm");
            }
            if (e.estimatedCost() != null && e.estimatedCost().compareTo(BigDecimal.ZERO) < 0) {
                problems.add(line + "kinh phí dự kiến không được âm");
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException("Kế hoạch chưa hợp lệ: " + String.join("; ", problems));
        }
    }
}
