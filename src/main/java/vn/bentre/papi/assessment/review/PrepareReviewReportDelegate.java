package vn.bentre.papi.assessment.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.JsonVariables;

/**
 * When every unit has sent its self-assessment, or at the deadline without those that have not:
 * closes the collection (units without a signed self-assessment are recorded as missing) and
 * pre-fills the draft report from the self-assessments. In: {@code reviewId}. Out:
 * {@code reviewAskedCount}, {@code reviewAnsweredCount}, {@code missingUnitsText} (null when none),
 * {@code reviewUnitTable}, {@code reviewDimensionTable}, {@code reviewAssessmentTable} (form tables), and the draft's sections
 * {@code reportOverview}, {@code reportResults}, {@code reportLimitations}, {@code reportSolutions},
 * {@code reportRecipients}.
 */
@Component("prepareReviewReport")
class PrepareReviewReportDelegate implements JavaDelegate {

    private final ReviewRepository reviews;
    private final ReviewReports reports;
    private final ReviewProperties properties;
    private final JsonVariables json;

    PrepareReviewReportDelegate(ReviewRepository reviews, ReviewReports reports, ReviewProperties properties, JsonVariables json) {
        this.reviews = reviews;
        this.reports = reports;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reviewId = ReviewVariables.requiredText(execution, "reviewId", "đợt sơ kết, tổng kết");
        reviews.closeCollection(reviewId, ClockUtil.getCurrentTime());
        ReviewReportData data = reports.load(reviewId).orElseThrow(() -> new IllegalStateException("No review " + reviewId));
        List<ReviewReportData.UnitRow> missing = data.missing();

        execution.setVariable("reviewAskedCount", data.units().size());
        execution.setVariable("reviewAnsweredCount", data.sent().size());
        execution.setVariable("missingUnitsText", missing.isEmpty() ? null
            : missing.stream().map(ReviewReportData.UnitRow::unitName).collect(Collectors.joining("; ")));
        execution.setVariable("reviewUnitTable", json.json(data.units().stream().map(PrepareReviewReportDelegate::unitRow).toList()));
        execution.setVariable("reviewDimensionTable", json.json(data.dimensions().stream().map(d -> {
            ReviewReportData.DimensionRow total = d.total();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dimension", d.name());
            row.put("units", d.rows().size());
            row.put("done", total.done());
            row.put("inProgress", total.inProgress());
            row.put("notStarted", total.notStarted());
            return row;
        }).toList()));
        execution.setVariable("reviewAssessmentTable", json.json(data.sent().stream().map(u -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", u.unitName());
            row.put("overall", u.assessment().overall());
            row.put("difficulties", u.assessment().difficulties() == null ? "" : u.assessment().difficulties());
            row.put("proposals", u.assessment().proposals() == null ? "" : u.assessment().proposals());
            return row;
        }).toList()));
        ReviewDraftText text = new ReviewDraftText(data, properties);
        execution.setVariable("reportOverview", text.overview());
        execution.setVariable("reportResults", text.results());
        execution.setVariable("reportLimitations", text.limitations());
        execution.setVariable("reportSolutions", text.solutions());
        execution.setVariable("reportRecipients", text.recipients());
    }

    private static Map<String, Object> unitRow(ReviewReportData.UnitRow u) {
        SelfAssessment a = u.assessment();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", u.unitName());
        row.put("status", a.sent() ? "Đã gửi " + ReviewVariables.day(a.signedAt()) : "Chưa gửi");
        row.put("reportsOnTime", a.sent() ? a.reportsOnTime() : "");
        row.put("reportsLate", a.sent() ? a.reportsLate() : "");
        row.put("reportsMissing", a.sent() ? a.reportsMissing() : "");
        return row;
    }
}
