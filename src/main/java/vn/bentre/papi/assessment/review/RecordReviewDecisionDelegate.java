package vn.bentre.papi.assessment.review;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormValues;

/**
 * After {@code approveReviewReport}: UBND tỉnh approves the report (document number "125/BC-UBND",
 * who signs and their name) or returns it to Sở Nội vụ with a reason. In: {@code approvalDecision}
 * APPROVE|RETURN, {@code documentNumber}, {@code signerRole} CHAIRMAN|VICE_CHAIRMAN,
 * {@code signerName}, {@code approvalReason}. Out on return: {@code reviewReturnReason}, {@code reviewRound} + 1.
 */
@Component("recordReviewDecision")
class RecordReviewDecisionDelegate implements JavaDelegate {

    static final String APPROVE = "APPROVE";
    static final String RETURN = "RETURN";
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d{1,6}/BC-UBND");

    private final ReviewRepository reviews;

    RecordReviewDecisionDelegate(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ReviewVariables.requiredText(execution, "approvalDecision", "ý kiến của UBND tỉnh");
        String reviewId = (String) execution.getVariable("reviewId");
        int round = (Integer) execution.getVariable("reviewRound");
        String user = FormValues.currentUser();
        if (APPROVE.equals(decision)) {
            String number = ReviewVariables.requiredText(execution, "documentNumber", "số văn bản");
            if (!DOCUMENT_NUMBER.matcher(number).matches()) {
                throw new ReviewInputException("Số văn bản '" + number + "' không đúng dạng số/BC-UBND, ví dụ 125/BC-UBND");
            }
            String role = ReviewVariables.requiredText(execution, "signerRole", "thẩm quyền ký");
            Review.SignerRole signerRole = Arrays.stream(Review.SignerRole.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElseThrow(() -> new ReviewInputException("Thẩm quyền ký phải là CHAIRMAN hoặc VICE_CHAIRMAN, không phải '" + role + "'"));
            String signer = RecordSelfAssessmentDelegate.limited(ReviewVariables.requiredText(execution, "signerName", "họ tên người ký"),
                "Họ tên người ký", 255);
            reviews.approve(reviewId, round, number, signerRole, signer, user, ClockUtil.getCurrentTime());
        } else if (RETURN.equals(decision)) {
            String reason = RecordSelfAssessmentDelegate.limited(
                ReviewVariables.requiredText(execution, "approvalReason", "lý do trả lại"), "Lý do trả lại", 4000);
            reviews.returnDraft(reviewId, round, reason, user, ClockUtil.getCurrentTime());
            execution.setVariable("reviewReturnReason", "UBND tỉnh trả lại: " + reason);
            execution.setVariable("reviewRound", round + 1);
            execution.setVariable("approvalDecision", null);
            execution.setVariable("approvalReason", null);
        } else {
            throw new ReviewInputException("Ý kiến của UBND tỉnh phải là APPROVE hoặc RETURN, không phải '" + decision + "'");
        }
    }
}
