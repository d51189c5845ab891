package vn.bentre.papi.assessment.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormValues;

/**
 * After {@code fillSelfAssessment}: checks the self-assessment again on the server (the form can be
 * bypassed over REST) and records it for the head's sign-off. In: the dimension slots
 * ({@link SelfAssessmentSlots}: counts ≥ 0 required, assessment optional), {@code reportsOnTime},
 * {@code reportsLate}, {@code reportsMissing}, {@code overallAssessment} (required),
 * {@code difficulties}, {@code proposals}, {@code communesSummary} (required of a district).
 */
@Component("recordSelfAssessment")
class RecordSelfAssessmentDelegate implements JavaDelegate {

    private final ReviewRepository reviews;
    private final ObjectMapper mapper;

    RecordSelfAssessmentDelegate(ReviewRepository reviews, ObjectMapper mapper) {
        this.reviews = reviews;
        this.mapper = mapper;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = ReviewVariables.requiredText(execution, "reviewId", "đợt sơ kết, tổng kết");
        String unitId = ReviewVariables.requiredText(execution, "unitId", "đơn vị");
        Map<String, ReviewEvidence.DimensionFigures> system = systemFigures(reviewId, unitId);
        List<DimensionAssessment> dimensions = new ArrayList<>();
        for (int slot = 1; slot <= SelfAssessmentSlots.SLOTS; slot++) {
            String dimensionId = ReviewVariables.text(execution, SelfAssessmentSlots.id(slot));
            if (dimensionId == null) {
                continue;
            }
            String label = "Nội dung " + slot + ": ";
            ReviewEvidence.DimensionFigures before = system.getOrDefault(dimensionId,
                new ReviewEvidence.DimensionFigures(dimensionId, dimensionId, 0, 0, 0));
            dimensions.add(new DimensionAssessment(unitId, dimensionId,
                ReviewVariables.count(execution, SelfAssessmentSlots.done(slot), label + "số giải pháp đã hoàn thành"),
                ReviewVariables.count(execution, SelfAssessmentSlots.inProgress(slot), label + "số giải pháp đang thực hiện"),
                ReviewVariables.count(execution, SelfAssessmentSlots.notStarted(slot), label + "số giải pháp chưa thực hiện"),
                before.done(), before.inProgress(), before.notStarted(),
                limited(ReviewVariables.text(execution, SelfAssessmentSlots.assessment(slot)), label + "đánh giá", ReviewVariables.MAX_TEXT)));
        }
        String overall = limited(ReviewVariables.requiredText(execution, "overallAssessment", "đánh giá chung"), "Đánh giá chung", ReviewVariables.MAX_TEXT);
        String communes = limited(ReviewVariables.text(execution, "communesSummary"), "Tình hình cấp xã", ReviewVariables.MAX_TEXT);
        if (Boolean.TRUE.equals(execution.getVariable("isDistrict")) && communes == null) {
            throw new ReviewInputException("UBND cấp huyện cần tổng hợp tình hình các xã, phường, thị trấn trực thuộc (communesSummary)");
        }
        int round = (Integer) execution.getVariable("selfAssessmentRound");
        SelfAssessment submitted = new SelfAssessment(reviewId, unitId, execution.getProcessInstanceId(), SelfAssessment.SUBMITTED,
            round, null, null, null,
            ReviewVariables.count(execution, "reportsOnTime", "Số báo cáo định kỳ gửi đúng hạn"),
            ReviewVariables.count(execution, "reportsLate", "Số báo cáo định kỳ gửi trễ hạn"),
            ReviewVariables.count(execution, "reportsMissing", "Số báo cáo định kỳ chưa gửi"),
            overall, limited(ReviewVariables.text(execution, "difficulties"), "Khó khăn, hạn chế", ReviewVariables.MAX_TEXT),
            limited(ReviewVariables.text(execution, "proposals"), "Đề xuất, kiến nghị", ReviewVariables.MAX_TEXT), communes);
        reviews.submitSelfAssessment(submitted, dimensions, FormValues.currentUser(), ClockUtil.getCurrentTime());
        execution.removeVariable("selfAssessmentReturnReason");
    }

    private Map<String, ReviewEvidence.DimensionFigures> systemFigures(String reviewId, String unitId) {
        Map<String, ReviewEvidence.DimensionFigures> byId = new HashMap<>();
        String stored = reviews.evidenceJson(reviewId, unitId);
        if (stored == null) {
            return byId;
        }
        try {
            mapper.readValue(stored, ReviewEvidence.Evidence.class).dimensions().forEach(d -> byId.put(d.dimensionId(), d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable evidence of " + reviewId + ":" + unitId, e);
        }
        return byId;
    }

    static String limited(String text, String label, int max) {
        if (text != null && text.length() > max) {
            throw new ReviewInputException(label + " quá dài (" + text.length() + " ký tự, tối đa " + max + ")");
        }
        return text;
    }
}
