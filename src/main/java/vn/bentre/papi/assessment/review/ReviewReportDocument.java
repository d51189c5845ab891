package vn.bentre.papi.assessment.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.bentre.papi.calendar.DueDates;

/**
 * The review report as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I): the
 * issuing body and the number on the left, the national motto and the place and date on the right;
 * the title; the body with one table per PAPI dimension and one of the units' reporting; the
 * recipients on the left and the signature block on the right. Before UBND tỉnh approves it, the
 * number and the day stay blank and the document is marked "DỰ THẢO".
 */
final class ReviewReportDocument {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String[] DIMENSION_HEADER = {"STT", "Đơn vị", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện",
        "Tổng số giải pháp"};
    private static final String[] REPORTING_HEADER = {"STT", "Đơn vị", "Báo cáo tự đánh giá", "Báo cáo định kỳ đúng hạn",
        "Trễ hạn", "Chưa gửi"};

    private final ReviewReportData data;
    private final Review review;
    private final WordWriter word = new WordWriter();

    private ReviewReportDocument(ReviewReportData data) {
        this.data = data;
        this.review = data.review();
    }

    static byte[] write(ReviewReportData data) {
        return new ReviewReportDocument(data).build();
    }

    private byte[] build() {
        if (!review.approved()) {
            word.paragraph(ParagraphAlignment.LEFT, false, "DỰ THẢO", 12, true, false);
        }
        header();
        word.paragraph(ParagraphAlignment.CENTER, false, "BÁO CÁO", 14, true, false).setSpacingBefore(360);
        word.paragraph(ParagraphAlignment.CENTER, false, review.title(), 14, true, false).setSpacingAfter(0);
        word.rule(3700);

        heading("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN");
        word.body(review.overview());
        heading("II. KẾT QUẢ THỰC HIỆN");
        word.body(review.results());
        subheading("1. Kết quả thực hiện các giải pháp theo từng nội dung của Chỉ số PAPI");
        int number = 1;
        for (ReviewReportData.DimensionTable dimension : data.dimensions()) {
            subheading("1." + number++ + ". " + dimension.name());
            dimensionTable(dimension);
        }
        subheading("2. Việc gửi báo cáo tự đánh giá và thực hiện chế độ báo cáo định kỳ");
        reportingTable();
        if (!data.missing().isEmpty()) {
            word.body("Đơn vị chưa gửi báo cáo tự đánh giá đến hạn " + ReviewVariables.dayTime(review.selfAssessmentDue()) + ": "
                + String.join(", ", data.missing().stream().map(ReviewReportData.UnitRow::unitName).toList()) + ".");
        }
        heading("III. HẠN CHẾ, NGUYÊN NHÂN");
        word.body(review.limitations());
        heading("IV. PHƯƠNG HƯỚNG, GIẢI PHÁP TRONG THỜI GIAN TỚI");
        word.body(review.solutions());
        word.body("Trên đây là báo cáo " + review.kind().label().toLowerCase() + " thực hiện Kế hoạch nâng cao Chỉ số PAPI "
            + review.spanLabel() + " của Ủy ban nhân dân tỉnh Bến Tre./.");
        word.spacer();
        signature();
        appendix();
        return word.bytes();
    }

    /** Every self-assessment in the units' own words, which the body may only quote in part. */
    private void appendix() {
        List<ReviewReportData.UnitRow> sent = data.sent();
        if (sent.isEmpty()) {
            return;
        }
        word.paragraph(ParagraphAlignment.CENTER, false, "PHỤ LỤC", 14, true, false).setPageBreak(true);
        word.paragraph(ParagraphAlignment.CENTER, false, "Tự đánh giá của các đơn vị", 14, true, false);
        word.paragraph(ParagraphAlignment.CENTER, false, "(Kèm theo Báo cáo " + (review.approved() ? "số " + review.documentNumber() : "")
            + " của Ủy ban nhân dân tỉnh Bến Tre)", 14, false, true);
        int number = 1;
        for (ReviewReportData.UnitRow unit : sent) {
            SelfAssessment a = unit.assessment();
            subheading(number++ + ". " + unit.unitName());
            line("Đánh giá chung", a.overall());
            for (ReviewReportData.DimensionTable dimension : data.dimensions()) {
                dimension.rows().stream().filter(r -> r.unitName().equals(unit.unitName()) && r.assessment() != null)
                    .forEach(r -> line(dimension.name(), r.assessment()));
            }
            line("Các xã, phường, thị trấn trực thuộc", a.communesSummary());
            line("Hạn chế, khó khăn", a.difficulties());
            line("Đề xuất, kiến nghị", a.proposals());
        }
    }

    private void line(String label, String text) {
        if (text != null && !text.isBlank()) {
            word.body("- " + label + ": " + text.replaceAll("\\R+", " "));
        }
    }

    /** The issuing body and number (left), the national motto and place and date (right). */
    private void header() {
        XWPFTable table = word.layout(3600, WordWriter.TEXT_WIDTH - 3600);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        WordWriter.cellLine(left, true, "ỦY BAN NHÂN DÂN", 13, true, false);
        WordWriter.cellLine(left, false, "TỈNH BẾN TRE", 13, true, false);
        WordWriter.rule(left.addParagraph(), 1050);
        WordWriter.cellLine(left, false, "Số: " + (review.approved() ? review.documentNumber() : "       /BC-UBND"), 13, false, false);

        WordWriter.cellLine(right, true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        WordWriter.cellLine(right, false, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        WordWriter.rule(right.addParagraph(), 1150);
        WordWriter.cellLine(right, false, "Bến Tre, " + dateLine(), 13, false, true);
    }

    /** "ngày 05 tháng 02 năm 2017": a day below 10 and the months 1 and 2 take a leading zero (Decree 30, Appendix I). */
    private String dateLine() {
        if (!review.approved()) {
            return "ngày      tháng      năm " + DueDates.toLocalDate(review.openedAt()).getYear();
        }
        LocalDate day = DueDates.toLocalDate(review.approvedAt());
        String dd = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String mm = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return "ngày " + dd + " tháng " + mm + " năm " + day.getYear();
    }

    private void dimensionTable(ReviewReportData.DimensionTable dimension) {
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        for (ReviewReportData.DimensionRow row : dimension.rows()) {
            rows.add(new String[] {String.valueOf(i++), row.unitName(), String.valueOf(row.done()), String.valueOf(row.inProgress()),
                String.valueOf(row.notStarted()), String.valueOf(row.total())});
        }
        ReviewReportData.DimensionRow total = dimension.total();
        rows.add(new String[] {"", total.unitName(), String.valueOf(total.done()), String.valueOf(total.inProgress()),
            String.valueOf(total.notStarted()), String.valueOf(total.total())});
        XWPFTable table = word.figures(DIMENSION_HEADER, rows, 650, 3704, 1250, 1250, 1250, 1250);
        WordWriter.bold(table, rows.size());
        word.spacer();
    }

    private void reportingTable() {
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        for (ReviewReportData.UnitRow unit : data.units()) {
            SelfAssessment a = unit.assessment();
            rows.add(new String[] {String.valueOf(i++), unit.unitName(),
                a.sent() ? "Đã gửi ngày " + ReviewVariables.day(a.signedAt()) : "Chưa gửi",
                count(a, a.reportsOnTime()), count(a, a.reportsLate()), count(a, a.reportsMissing())});
        }
        word.figures(REPORTING_HEADER, rows, 650, 3104, 1800, 1400, 1200, 1200);
        word.spacer();
    }

    private static String count(SelfAssessment a, Integer value) {
        return a.sent() && value != null ? String.valueOf(value) : "–";
    }

    /** "Nơi nhận:" (left) and the signature block (right). */
    private void signature() {
        XWPFTable table = word.layout(WordWriter.TEXT_WIDTH / 2, WordWriter.TEXT_WIDTH - WordWriter.TEXT_WIDTH / 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph to = left.getParagraphs().get(0);
        to.setAlignment(ParagraphAlignment.LEFT);
        WordWriter.text(to.createRun(), "Nơi nhận:", 12, true, true);
        for (String line : (review.recipients() == null ? "" : review.recipients()).split("\\R")) {
            if (!line.isBlank()) {
                WordWriter.text(left.addParagraph().createRun(), line.trim(), 11, false, false);
            }
        }
        Review.SignerRole role = review.signerRole() == null ? Review.SignerRole.CHAIRMAN : review.signerRole();
        WordWriter.cellLine(right, true, role.authority(), 13, true, false);
        WordWriter.cellLine(right, false, role.title(), 13, true, false);
        for (int i = 0; i < 4; i++) {
            WordWriter.cellLine(right, false, "", 13, false, false);
        }
        WordWriter.cellLine(right, false, review.signerName() == null ? "" : review.signerName(), 13, true, false);
    }

    private void heading(String text) {
        word.paragraph(ParagraphAlignment.LEFT, true, text, 14, true, false).setSpacingBefore(120);
    }

    private void subheading(String text) {
        word.paragraph(ParagraphAlignment.BOTH, true, text, 14, true, true);
    }
}
