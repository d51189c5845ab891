package vn.bentre.papi.assessment.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The draft report's sections as Sở Nội vụ first sees them, written from the self-assessments and
 * their figures; Sở Nội vụ edits them before UBND tỉnh reads them. Each section fits one Camunda
 * String variable ({@link ReviewVariables#MAX_TEXT} characters): the units' own words are quoted
 * while they fit, the rest is referred to the appendix, which the Word document always has in full.
 */
record ReviewDraftText(ReviewReportData data, ReviewProperties properties) {

    private static final int ROOM = ReviewVariables.MAX_TEXT - 200;

    String overview() {
        Review review = data.review();
        String text = "Thực hiện " + properties.planReference() + " về nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công "
            + "(PAPI) tỉnh Bến Tre giai đoạn 2015 – 2020, Sở Nội vụ đề nghị " + data.units().size()
            + " sở, ban, ngành tỉnh và Ủy ban nhân dân huyện, thành phố tự đánh giá kết quả thực hiện "
            + review.spanLabel() + ". Đến hạn " + ReviewVariables.dayTime(review.selfAssessmentDue()) + ", "
            + data.sent().size() + "/" + data.units().size() + " đơn vị đã gửi báo cáo tự đánh giá.";
        if (!data.missing().isEmpty()) {
            text += " Chưa gửi báo cáo: " + names(data.missing()) + ".";
        }
        return text.length() <= ROOM ? text : text.substring(0, ROOM) + "…";
    }

    String results() {
        List<String> lines = new ArrayList<>();
        for (ReviewReportData.DimensionTable d : data.dimensions()) {
            ReviewReportData.DimensionRow t = d.total();
            lines.add("- " + d.name() + ": " + t.done() + " giải pháp đã hoàn thành, " + t.inProgress() + " đang thực hiện, "
                + t.notStarted() + " chưa thực hiện.");
        }
        List<ReviewReportData.UnitRow> sent = data.sent();
        int onTime = sent.stream().mapToInt(u -> value(u.assessment().reportsOnTime())).sum();
        int late = sent.stream().mapToInt(u -> value(u.assessment().reportsLate())).sum();
        int missing = sent.stream().mapToInt(u -> value(u.assessment().reportsMissing())).sum();
        lines.add("- Chế độ báo cáo định kỳ của các đơn vị đã tự đánh giá: " + onTime + " báo cáo đúng hạn, " + late
            + " báo cáo trễ hạn, " + missing + " báo cáo chưa gửi.");
        if (!sent.isEmpty()) {
            lines.add("Đánh giá của các đơn vị:");
            List<String> quotes = new ArrayList<>();
            sent.forEach(u -> quotes.add("- " + u.unitName() + ": " + u.assessment().overall()));
            sent.stream().filter(u -> u.assessment().communesSummary() != null)
                .forEach(u -> quotes.add("- Cấp xã thuộc " + u.unitName() + ": " + u.assessment().communesSummary()));
            lines.addAll(quotes);
        }
        return fit(lines);
    }

    String limitations() {
        List<String> lines = new ArrayList<>();
        if (!data.missing().isEmpty()) {
            lines.add("- " + data.missing().size() + " đơn vị chưa gửi báo cáo tự đánh giá đúng hạn: " + names(data.missing()) + ".");
        }
        data.sent().stream().filter(u -> u.assessment().difficulties() != null)
            .forEach(u -> lines.add("- " + u.unitName() + ": " + u.assessment().difficulties()));
        return lines.isEmpty() ? "- " : fit(lines);
    }

    String solutions() {
        List<String> lines = new ArrayList<>();
        lines.add("- Tiếp tục thực hiện các giải pháp chưa hoàn thành của Kế hoạch; các đơn vị thực hiện nghiêm chế độ báo cáo định kỳ.");
        data.sent().stream().filter(u -> u.assessment().proposals() != null)
            .forEach(u -> lines.add("- " + u.unitName() + " đề xuất: " + u.assessment().proposals()));
        return fit(lines);
    }

    String recipients() {
        return properties.recipients().stream().map(line -> "- " + line)
            .collect(Collectors.collectingAndThen(Collectors.toList(), l -> String.join(";\n", l) + "."));
    }

    /** The lines while they fit, then a pointer to the appendix for the others. */
    private static String fit(List<String> lines) {
        StringBuilder text = new StringBuilder();
        int kept = 0;
        for (String line : lines) {
            if (text.length() + line.length() + 1 > ROOM) {
                break;
            }
            text.append(text.length() == 0 ? "" : "\n").append(line);
            kept++;
        }
        if (kept < lines.size()) {
            text.append(text.length() == 0 ? "" : "\n").append("- … và ý kiến của ").append(lines.size() - kept)
                .append(" đơn vị khác: xem Phụ lục của báo cáo.");
        }
        return text.toString();
    }

    private static String names(List<ReviewReportData.UnitRow> units) {
        return units.stream().map(ReviewReportData.UnitRow::unitName).collect(Collectors.joining(", "));
    }

    private static int value(Integer count) {
        return count == null ? 0 : count;
    }
}
