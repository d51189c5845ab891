package vn.bentre.papi.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code writeUnitReport}: checks the report again on the server (the form can be bypassed
 * over REST), records this round's submission and makes it the report's current content. Touches
 * only the unit's own rows. In: {@code measureReports}, {@code dimensionReports}, {@code obstacles},
 * the figures ({@link ReportFigure}), {@code reportNotes}. Out: the tables the head and the reviewer read.
 */
@Component("recordReportSubmission")
class RecordReportSubmissionDelegate implements JavaDelegate {

    static final int MAX_TEXT = 2000;
    static final int MAX_LONG_TEXT = 4000;

    private final ReportRepository reports;
    private final MeasureCatalogue catalogue;
    private final JsonVariables json;
    private final FormRows rows;
    private final ReportTables tables;

    RecordReportSubmissionDelegate(ReportRepository reports, MeasureCatalogue catalogue, JsonVariables json, ReportTables tables, FormRows rows) {
        this.rows = rows;
        this.reports = reports;
        this.catalogue = catalogue;
        this.json = json;
        this.tables = tables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportId = (String) execution.getVariable("reportId");
        int year = ((Number) execution.getVariable("periodYear")).intValue();
        Map<String, Measure> measures = new LinkedHashMap<>();
        catalogue.measures().forEach(m -> measures.put(m.id(), m));
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        catalogue.dimensions(year).forEach(d -> dimensions.put(d.id(), d));

        ReportContent content = new ReportContent(
            rows.read(execution, "measureReports", "measureReport", ReportRows.MEASURES,
                ReportContent.MeasureLine.class, m -> m.measureId() != null).stream()
                .map(m -> new ReportContent.MeasureLine(m.measureId(), m.status(), ReportVariables.clean(m.result()))).toList(),
            rows.read(execution, "dimensionReports", "dimensionReport", ReportRows.DIMENSIONS,
                ReportContent.DimensionLine.class, d -> d.dimensionId() != null).stream()
                .map(d -> new ReportContent.DimensionLine(d.dimensionId(), ReportVariables.clean(d.summary()))).toList(),
            figures(execution),
            rows.read(execution, "obstacles", "obstacle", ReportRows.OBSTACLES, ReportContent.ObstacleLine.class,
                o -> o.dimensionId() != null || (o.description() != null && !o.description().isBlank())).stream()
                .map(o -> new ReportContent.ObstacleLine(o.dimensionId(), ReportVariables.clean(o.description()),
                    ReportVariables.clean(o.proposal()))).toList(),
            ReportVariables.text(execution, "reportNotes"));
        validate(content, measures, dimensions);

        Date now = ClockUtil.getCurrentTime();
        Date due = (Date) execution.getVariable("reportDeadline");
        int round = (Integer) execution.getVariable("reportRound");
        Map<String, String> dimensionOfMeasure = new LinkedHashMap<>();
        measures.values().forEach(m -> dimensionOfMeasure.put(m.id(), m.dimensionId()));
        reports.recordSubmission(reportId, round, CurrentUser.of(execution), now, !now.after(due), json.toJson(content),
            content, dimensionOfMeasure, (String) execution.getVariable("unitId"));
        // A new round: the form of the head and of the reviewer start empty again.
        for (String previous : List.of("reportReturnReason", "signOffDecision", "signOffReason", "reviewDecision", "reviewReason")) {
            execution.removeVariable(previous);
        }
        tables.write(execution, content, measures, dimensions);
    }

    private static Map<String, Long> figures(DelegateExecution execution) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (ReportFigure figure : ReportFigure.values()) {
            Long amount = ReportVariables.wholeNumber(execution.getVariable(figure.key()), figure.label());
            if (amount != null && amount < 0) {
                throw new ReportInputException(figure.label() + " không được âm");
            }
            if (amount != null) {
                figures.put(figure.key(), amount);
            }
        }
        return figures;
    }

    private static void validate(ReportContent content, Map<String, Measure> measures, Map<String, Dimension> dimensions) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < content.measures().size(); i++) {
            var m = content.measures().get(i);
            String line = "Giải pháp dòng " + (i + 1) + ": ";
            if (m.measureId() == null || !measures.containsKey(m.measureId())) {
                problems.add(line + "'" + m.measureId() + "' không có trong danh mục giải pháp");
            } else if (!seen.add(m.measureId())) {
                problems.add(line + m.measureId() + " đã có ở dòng khác");
            }
            MeasureStatus status = status(m.status());
            if (status == null) {
                problems.add(line + "cần chọn tình trạng (Đã hoàn thành, Đang thực hiện, Chưa thực hiện)");
            } else if (status != MeasureStatus.NOT_STARTED && m.result() == null) {
                problems.add(line + "cần ghi kết quả đạt được");
            }
            tooLong(problems, line + "kết quả", m.result(), MAX_TEXT);
        }
        Set<String> seenDimensions = new HashSet<>();
        for (var d : content.dimensions()) {
            if (!dimensions.containsKey(d.dimensionId())) {
                problems.add("Nội dung PAPI '" + d.dimensionId() + "' không được đánh giá trong năm báo cáo");
            } else if (!seenDimensions.add(d.dimensionId())) {
                problems.add("Nội dung " + dimensions.get(d.dimensionId()).name() + " có hai lần");
            }
            tooLong(problems, "Kết quả nội dung " + d.dimensionId(), d.summary(), MAX_LONG_TEXT);
        }
        for (int i = 0; i < content.obstacles().size(); i++) {
            var o = content.obstacles().get(i);
            String line = "Vướng mắc dòng " + (i + 1) + ": ";
            if (!dimensions.containsKey(o.dimensionId())) {
                problems.add(line + "cần chọn nội dung PAPI");
            }
            if (o.description() == null) {
                problems.add(line + "cần mô tả vướng mắc");
            }
            tooLong(problems, line + "mô tả", o.description(), MAX_LONG_TEXT);
            tooLong(problems, line + "đề xuất", o.proposal(), MAX_LONG_TEXT);
        }
        tooLong(problems, "Ghi chú", content.notes(), MAX_LONG_TEXT);
        boolean said = !content.measures().isEmpty() || content.dimensions().stream().anyMatch(d -> d.summary() != null);
        if (!said) {
            problems.add("Báo cáo cần kết quả của ít nhất một giải pháp hoặc một nội dung PAPI");
        }
        if (!problems.isEmpty()) {
            throw new ReportInputException("Báo cáo chưa hợp lệ: " + String.join("; ", problems));
        }
    }

    private static MeasureStatus status(String value) {
        try {
            return value == null ? null : MeasureStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void tooLong(List<String> problems, String what, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(what + " dài quá " + max + " ký tự");
        }
    }
}
