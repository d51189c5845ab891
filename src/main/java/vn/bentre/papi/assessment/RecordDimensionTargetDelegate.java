package vn.bentre.papi.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Inside the per-dimension loop, after the business rule task {@code evaluateDimensionTarget}:
 * records whether the dimension met the target. In: {@code assessmentYear}, {@code dimensionId},
 * {@code dimensionGroup}, {@code meetsTarget} (the decision's result). A decision table that gives
 * no result for the group is the administrator's to fix: the step fails (an incident).
 */
@Component("recordDimensionTarget")
class RecordDimensionTargetDelegate implements JavaDelegate {

    private final AssessmentRepository assessments;

    RecordDimensionTargetDelegate(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object meetsTarget = execution.getVariable("meetsTarget");
        if (!(meetsTarget instanceof Boolean met)) {
            throw new IllegalStateException("Bảng quyết định papi-dimension-target không cho kết quả đạt/chưa đạt với nhóm '"
                + execution.getVariable("dimensionGroup") + "' của nội dung " + execution.getVariable("dimensionId")
                + ": quản trị viên cần bổ sung quy tắc (decision gave no result)");
        }
        assessments.recordTarget((Integer) execution.getVariable("assessmentYear"), (String) execution.getVariable("dimensionId"), met);
    }
}
