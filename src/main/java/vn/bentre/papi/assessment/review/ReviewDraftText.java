package vn.bentre.papi.assessment.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The draft report's sections as Sở Nội vụ first sees them, written from the self-assessments and
 * their figures; Sở Nội vụ edits them before UBND tỉnh reads them.
 */
record ReviewDraftText(ReviewReportData data, ReviewProperties properties) {

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
        return text;
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
            sent.forEach(u -> lines.add("- " + u.unitName() + ": " + u.assessment().overall()));
            sent.stream().filter(u -> u.assessment().communesSummary() != null)
                .forEach(u -> lines.add("- Cấp xã thuộc " + u.unitName() + ": " + u.assessment().communesSummary()));
        }
        return String.join("\n", lines);
    }

    String limitations() {
        List<String> lines = new ArrayList<>();
        data.sent().stream().filter(u -> u.assessment().difficulties() != null)
            .forEach(u -> lines.add("- " + u.unitName() + ": " + u.assessment().difficulties()));
        if (!data.missing().isEmpty()) {
            lines.add("- " + data.missing().size() + " đơn vị chưa gửi báo cáo tự đánh giá đúng hạn: " + names(data.missing()) + ".");
        }
        return lines.isEmpty() ? "- " : String.join("\n", lines);
    }

    String solutions() {
        List<String> lines = new ArrayList<>();
        data.sent().stream().filter(u -> u.assessment().proposals() != null)
            .forEach(u -> lines.add("- " + u.unitName() + " đề xuất: " + u.assessment().proposals()));
        lines.add("- Tiếp tục thực hiện các giải pháp chưa hoàn thành của Kế hoạch; các đơn vị thực hiện nghiêm chế độ báo cáo định kỳ.");
        return String.join("\n", lines);
    }

    String recipients() {
        List<String> lines = properties.recipients();
        return lines.stream().map(line -> "- " + line)
            .collect(Collectors.collectingAndThen(Collectors.toList(), l -> String.join(";\n", l) + "."));
    }

    private static String names(List<ReviewReportData.UnitRow> units) {
        return units.stream().map(ReviewReportData.UnitRow::unitName).collect(Collectors.joining(", "));
    }

    private static int value(Integer count) {
        return count == null ? 0 : count;
    }
}
