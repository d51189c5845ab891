package vn.bentre.papi.assessment.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormValues;

/**
 * After {@code draftReviewReport}: checks and records the report's sections for UBND tỉnh.
 * In (all required): {@code reportOverview}, {@code reportResults}, {@code reportLimitations},
 * {@code reportSolutions}, {@code reportRecipients}. Out: {@code reviewRound} (1, then one more per return).
 */
@Component("recordReviewDraft")
class RecordReviewDraftDelegate implements JavaDelegate {

    private final ReviewRepository reviews;

    RecordReviewDraftDelegate(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = ReviewVariables.requiredText(execution, "reviewId", "đợt sơ kết, tổng kết");
        String overview = section(execution, "reportOverview", "Tình hình triển khai thực hiện");
        String results = section(execution, "reportResults", "Kết quả thực hiện");
        String limitations = section(execution, "reportLimitations", "Hạn chế, nguyên nhân");
        String solutions = section(execution, "reportSolutions", "Phương hướng, giải pháp");
        String recipients = RecordSelfAssessmentDelegate.limited(
            ReviewVariables.requiredText(execution, "reportRecipients", "nơi nhận"), "Nơi nhận", ReviewVariables.MAX_TEXT);
        Integer round = (Integer) execution.getVariable("reviewRound");
        int current = round == null ? 1 : round;
        reviews.saveDraft(reviewId, current, overview, results, limitations, solutions, recipients,
            FormValues.currentUser(), ClockUtil.getCurrentTime());
        execution.setVariable("reviewRound", current);
        execution.removeVariable("reviewReturnReason");
    }

    private static String section(DelegateExecution execution, String name, String label) {
        return RecordSelfAssessmentDelegate.limited(ReviewVariables.requiredText(execution, name, "phần \"" + label + "\""),
            label, ReviewVariables.MAX_TEXT);
    }
}
