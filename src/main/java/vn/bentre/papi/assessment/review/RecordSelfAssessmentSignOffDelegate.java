package vn.bentre.papi.assessment.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormValues;

/**
 * After {@code signSelfAssessment}: the unit's head signs the self-assessment, which sends it to Sở
 * Nội vụ, or returns it to the unit's officials with a reason. In: {@code signOffDecision}
 * SIGN|RETURN, {@code signedDocumentNumber} (optional), {@code signOffReason} (required to return).
 */
@Component("recordSelfAssessmentSignOff")
class RecordSelfAssessmentSignOffDelegate implements JavaDelegate {

    static final String SIGN = "SIGN";
    static final String RETURN = "RETURN";

    private final ReviewRepository reviews;

    RecordSelfAssessmentSignOffDelegate(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ReviewVariables.requiredText(execution, "signOffDecision", "ý kiến của lãnh đạo");
        String reviewId = (String) execution.getVariable("reviewId");
        String unitId = (String) execution.getVariable("unitId");
        int round = (Integer) execution.getVariable("selfAssessmentRound");
        String user = FormValues.currentUser();
        if (SIGN.equals(decision)) {
            reviews.signSelfAssessment(reviewId, unitId, round, ReviewVariables.text(execution, "signedDocumentNumber"), user,
                ClockUtil.getCurrentTime());
        } else if (RETURN.equals(decision)) {
            String reason = ReviewVariables.requiredText(execution, "signOffReason", "lý do trả lại");
            reviews.returnSelfAssessment(reviewId, unitId, round, reason, user, ClockUtil.getCurrentTime());
            execution.setVariable("selfAssessmentReturnReason", "Lãnh đạo đơn vị trả lại: " + reason);
            execution.setVariable("selfAssessmentRound", round + 1);
            // The next round's sign-off form starts empty, not with this round's answer.
            execution.setVariable("signOffDecision", null);
            execution.setVariable("signOffReason", null);
        } else {
            throw new ReviewInputException("Ý kiến của lãnh đạo phải là SIGN hoặc RETURN, không phải '" + decision + "'");
        }
    }
}
