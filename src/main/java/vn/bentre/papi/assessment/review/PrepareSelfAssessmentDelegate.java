package vn.bentre.papi.assessment.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.platform.JsonVariables;

/**
 * Start of {@code papi-review-self-assessment}: pre-fills the unit's self-assessment from its
 * reports and approved plan in the review's span ({@link ReviewEvidence}); a district's covers its
 * communes. In: {@code reviewId}, {@code unitId}. Out: {@code unitName}, {@code isDistrict}, the
 * dimension slots ({@link SelfAssessmentSlots}), {@code reportsOnTime}, {@code reportsLate},
 * {@code reportsMissing}, {@code evidenceCycles}, {@code communesSummary} (districts),
 * {@code selfAssessmentRound}.
 */
@Component("prepareSelfAssessment")
class PrepareSelfAssessmentDelegate implements JavaDelegate {

    private final ReviewRepository reviews;
    private final ReviewEvidence evidence;
    private final Organisation organisation;
    private final JsonVariables json;

    PrepareSelfAssessmentDelegate(ReviewRepository reviews, ReviewEvidence evidence, Organisation organisation, JsonVariables json) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.organisation = organisation;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = ReviewVariables.requiredText(execution, "reviewId", "đợt sơ kết, tổng kết");
        Unit unit = organisation.requireUnit(ReviewVariables.requiredText(execution, "unitId", "đơn vị"));
        Review review = reviews.find(reviewId).orElseThrow(() -> new IllegalStateException("No review " + reviewId));
        ReviewEvidence.Evidence found = evidence.of(unit, review.periodFrom(), review.periodTo(), ClockUtil.getCurrentTime());
        List<ReviewEvidence.DimensionFigures> dimensions = found.dimensions();
        if (dimensions.size() > SelfAssessmentSlots.SLOTS) {
            throw new IllegalStateException("The self-assessment form has " + SelfAssessmentSlots.SLOTS + " dimension slots, "
                + "the span has " + dimensions.size() + " dimensions: add slots to forms/fill-self-assessment.form");
        }
        for (int slot = 1; slot <= dimensions.size(); slot++) {
            ReviewEvidence.DimensionFigures d = dimensions.get(slot - 1);
            execution.setVariable(SelfAssessmentSlots.id(slot), d.dimensionId());
            execution.setVariable(SelfAssessmentSlots.name(slot), slot + ". " + d.name());
            execution.setVariable(SelfAssessmentSlots.done(slot), d.done());
            execution.setVariable(SelfAssessmentSlots.inProgress(slot), d.inProgress());
            execution.setVariable(SelfAssessmentSlots.notStarted(slot), d.notStarted());
        }
        execution.setVariable("unitName", unit.name());
        execution.setVariable("isDistrict", unit.level() == UnitLevel.DISTRICT);
        execution.setVariable("reportsOnTime", found.ownReports().onTime());
        execution.setVariable("reportsLate", found.ownReports().late());
        execution.setVariable("reportsMissing", found.ownReports().missing());
        execution.setVariable("evidenceCycles", found.cycles().isEmpty() ? "chưa có kỳ báo cáo nào" : String.join(", ", found.cycles()));
        if (unit.level() == UnitLevel.DISTRICT) {
            execution.setVariable("communesSummary", communesSummary(found));
        }
        execution.setVariable("selfAssessmentRound", 1);
        reviews.startSelfAssessment(reviewId, unit.id(), execution.getProcessInstanceId(), json.toJson(found));
    }

    /** What the district's communes did, for the district to complete in its own words. */
    static String communesSummary(ReviewEvidence.Evidence found) {
        ReviewEvidence.Timeliness t = found.communeReports();
        String text = found.communes() + " xã, phường, thị trấn trực thuộc: báo cáo định kỳ đúng hạn " + t.onTime()
            + ", trễ hạn " + t.late() + ", chưa gửi " + t.missing() + ".";
        if (!found.communesMissing().isEmpty()) {
            text += " Đơn vị còn thiếu báo cáo: " + String.join(", ", found.communesMissing()) + ".";
        }
        return text + " Số liệu giải pháp theo từng nội dung PAPI ở trên đã gồm cả cấp xã.";
    }
}
