package vn.bentre.papi.assessment;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code enterPapiResults}: checks the results again on the server (every dimension of the
 * year exactly once, scores 1–10, known groups, a rank within the number of provinces) and stores
 * them for the year, replacing what the year had. In: {@code dimensionResults}, {@code overallScore},
 * {@code overallGroup}, {@code provinceRank}, {@code provinceCount}. Out: {@code assessedDimensions}
 * (the per-dimension loop), {@code dimensionGroups} and {@code dimensionTitles} (by dimension id),
 * {@code proposalDue}.
 */
@Component("recordPapiResults")
class RecordPapiResultsDelegate implements JavaDelegate {

    private static final BigDecimal MIN_SCORE = BigDecimal.ONE;
    private static final BigDecimal MAX_SCORE = BigDecimal.TEN;
    private static final int MAX_PROVINCES = 100;

    private final MeasureCatalogue catalogue;
    private final AssessmentRepository assessments;
    private final AssessmentDueDates dueDates;
    private final JsonVariables json;
    private final FormRows rows;

    RecordPapiResultsDelegate(MeasureCatalogue catalogue, AssessmentRepository assessments, AssessmentDueDates dueDates,
            JsonVariables json, FormRows rows) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.dueDates = dueDates;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = (Integer) execution.getVariable("assessmentYear");
        List<Dimension> dimensions = catalogue.dimensions(year);
        List<DimensionResultEntry> entries = validate(rows.read(execution, "dimensionResults", "dimensionResult", 8, DimensionResultEntry.class, e -> e.dimensionId() != null), dimensions);
        BigDecimal overallScore = AssessmentVariables.decimal(execution, "overallScore", "điểm tổng hợp");
        if (overallScore == null || overallScore.signum() <= 0
                || overallScore.compareTo(MAX_SCORE.multiply(BigDecimal.valueOf(dimensions.size()))) > 0) {
            throw new AssessmentInputException("Điểm tổng hợp (overallScore) phải lớn hơn 0 và không quá "
                + 10 * dimensions.size() + " (" + dimensions.size() + " nội dung, mỗi nội dung tối đa 10 điểm)");
        }
        PapiGroup overallGroup = PapiGroup.parse(AssessmentVariables.text(execution, "overallGroup"));
        if (overallGroup == null) {
            throw new AssessmentInputException("Cần chọn nhóm xếp hạng chung của tỉnh (overallGroup)");
        }
        Integer count = AssessmentVariables.integer(execution, "provinceCount", "số tỉnh, thành phố được xếp hạng");
        Integer rank = AssessmentVariables.integer(execution, "provinceRank", "thứ hạng của tỉnh");
        if (count == null || count < 1 || count > MAX_PROVINCES) {
            throw new AssessmentInputException("Số tỉnh, thành phố được xếp hạng (provinceCount) phải từ 1 đến " + MAX_PROVINCES);
        }
        if (rank == null || rank < 1 || rank > count) {
            throw new AssessmentInputException("Thứ hạng của tỉnh (provinceRank) phải từ 1 đến " + count);
        }
        assessments.saveResults(execution.getProcessInstanceId(), year, overallScore, overallGroup, rank, count, entries,
            ClockUtil.getCurrentTime());

        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (DimensionResultEntry entry : entries) {
            PapiGroup group = PapiGroup.valueOf(entry.group());
            groups.put(entry.dimensionId(), group.name());
            titles.put(entry.dimensionId(), catalogue.dimension(entry.dimensionId()).map(Dimension::name).orElse(entry.dimensionId())
                + ": " + format(entry.score()) + " điểm, nhóm " + group.label().toLowerCase(Locale.ROOT));
        }
        execution.setVariable("assessedDimensions", new ArrayList<>(groups.keySet()));
        execution.setVariable("dimensionGroups", groups);
        execution.setVariable("dimensionTitles", titles);
        execution.setVariable("proposalDue", dueDates.proposal());
    }

    private static List<DimensionResultEntry> validate(List<DimensionResultEntry> entries, List<Dimension> dimensions) {
        if (entries == null || entries.isEmpty()) {
            throw new AssessmentInputException("Cần nhập kết quả của từng nội dung PAPI (dimensionResults)");
        }
        Set<String> expected = new HashSet<>();
        dimensions.forEach(d -> expected.add(d.id()));
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        List<DimensionResultEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DimensionResultEntry e = entries.get(i);
            String line = "Dòng " + (i + 1) + ": ";
            if (e.dimensionId() == null || !expected.contains(e.dimensionId())) {
                problems.add(line + "nội dung '" + e.dimensionId() + "' không được đánh giá trong năm này");
            } else if (!seen.add(e.dimensionId())) {
                problems.add(line + "nội dung " + e.dimensionId() + " đã có ở dòng khác");
            }
            if (e.score() == null || e.score().compareTo(MIN_SCORE) < 0 || e.score().compareTo(MAX_SCORE) > 0) {
                problems.add(line + "điểm phải từ 1 đến 10");
            }
            PapiGroup group = PapiGroup.parse(e.group());
            if (group == null) {
                problems.add(line + "cần chọn nhóm (cao nhất, trung bình cao, trung bình thấp, thấp nhất)");
            }
            result.add(new DimensionResultEntry(e.dimensionId(), e.score(), group == null ? null : group.name()));
        }
        expected.removeAll(seen);
        if (!expected.isEmpty()) {
            problems.add("thiếu kết quả của nội dung " + String.join(", ", dimensions.stream().map(Dimension::id)
                .filter(expected::contains).toList()));
        }
        if (!problems.isEmpty()) {
            throw new AssessmentInputException("Kết quả PAPI chưa hợp lệ: " + String.join("; ", problems));
        }
        return result;
    }

    static String format(BigDecimal score) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(score);
    }
}
