package vn.bentre.papi.assessment;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * After {@code approveCorrectiveMeasures}: UBND tỉnh approves the consolidated measures, which join
 * the measure catalogue as corrective measures of the year (ids {@code corrective-<year>-<n>}) for
 * later plans and reports, or returns them to Sở Nội vụ with a reason.
 * In: {@code approvalDecision} APPROVE|RETURN, {@code approvalReason}, {@code approvalDocument}.
 * Out: {@code approvedMeasureIds}, or when returned {@code approvalReturnReason}, the next
 * {@code consolidationRound} and {@code consolidationDue}.
 */
@Component("recordCorrectiveApproval")
class RecordCorrectiveApprovalDelegate implements JavaDelegate {

    static final String APPROVE = "APPROVE";
    static final String RETURN = "RETURN";

    private final AssessmentRepository assessments;
    private final MeasureCatalogue catalogue;
    private final AssessmentDueDates dueDates;

    RecordCorrectiveApprovalDelegate(AssessmentRepository assessments, MeasureCatalogue catalogue, AssessmentDueDates dueDates) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = AssessmentVariables.requiredText(execution, "approvalDecision", "ý kiến của UBND tỉnh");
        String pid = execution.getProcessInstanceId();
        int year = (Integer) execution.getVariable("assessmentYear");
        int round = (Integer) execution.getVariable("consolidationRound");
        String document = AssessmentVariables.text(execution, "approvalDocument");
        Date now = ClockUtil.getCurrentTime();
        if (APPROVE.equals(decision)) {
            assessments.recordDecision(pid, round, APPROVE, AssessmentVariables.text(execution, "approvalReason"), document,
                AssessmentVariables.currentUser(), now);
            List<CorrectiveMeasureEntry> measures = assessments.consolidation(pid, round);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                CorrectiveMeasureEntry m = measures.get(i);
                String id = nextId(year);
                catalogue.addCorrectiveMeasure(id, m.dimensionId(), m.text(), m.leadUnits(), year);
                assessments.approved(pid, round, i + 1, id);
                ids.add(id);
            }
            assessments.complete(pid, "APPROVED", now);
            execution.setVariable("approvedMeasureIds", ids);
            execution.removeVariable("approvalReturnReason");
        } else if (RETURN.equals(decision)) {
            String reason = AssessmentVariables.requiredText(execution, "approvalReason", "lý do trả lại");
            assessments.recordDecision(pid, round, RETURN, reason, document, AssessmentVariables.currentUser(), now);
            assessments.status(pid, "CONSOLIDATING");
            execution.setVariable("approvalReturnReason", "UBND tỉnh trả lại: " + reason);
            execution.setVariable("consolidationRound", round + 1);
            execution.setVariable("consolidationDue", dueDates.consolidation());
        } else {
            throw new AssessmentInputException("Ý kiến của UBND tỉnh phải là APPROVE hoặc RETURN, không phải '" + decision + "'");
        }
    }

    /** corrective-2016-1, corrective-2016-2, …: the next number not yet in the catalogue. */
    private String nextId(int year) {
        String prefix = "corrective-" + year + "-";
        int next = catalogue.measures().stream().map(m -> m.id())
            .filter(id -> id.startsWith(prefix)).map(id -> id.substring(prefix.length()))
            .filter(n -> n.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(0) + 1;
        return prefix + next;
    }
}
