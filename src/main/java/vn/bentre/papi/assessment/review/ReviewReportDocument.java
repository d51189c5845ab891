package vn.bentre.papi.assessment.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.bentre.papi.calendar.DueDates;

/**
 * The review report as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4,
 * Times New Roman; the issuing body and the number on the left, the national motto and the place
 * and date on the right; the title; the body with one table per PAPI dimension and one of the
 * units' reporting; the recipients on the left and the signature block on the right. Before UBND
 * tỉnh approves it, the number and the day stay blank and the document is marked "DỰ THẢO".
 */
final class ReviewReportDocument {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Times New Roman";
    private static final int FIRST_LINE_INDENT = 567; // 1 cm in twentieths of a point
    private static final int TEXT_WIDTH = 11906 - 1701 - 851; // A4 less the left and right margins
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private final ReviewReportData data;
    private final Review review;
    private final XWPFDocument doc = new XWPFDocument();

    private ReviewReportDocument(ReviewReportData data) {
        this.data = data;
        this.review = data.review();
    }

    static byte[] write(ReviewReportData data) {
        return new ReviewReportDocument(data).build();
    }

    private byte[] build() {
        pageSetup();
        if (!review.approved()) {
            paragraph(ParagraphAlignment.LEFT, 0, run -> text(run, "DỰ THẢO", 12, true, false));
        }
        header();
        title();
        int section = 0;
        heading(ROMAN[section++] + ". TÌNH HÌNH TRIỂN KHAI THỰC HIỆN");
        body(review.overview());
        heading(ROMAN[section++] + ". KẾT QUẢ THỰC HIỆN");
        body(review.results());
        subheading("1. Kết quả thực hiện các giải pháp theo từng nội dung của Chỉ số PAPI");
        int number = 1;
        for (ReviewReportData.DimensionTable dimension : data.dimensions()) {
            subheading("1." + number++ + ". " + dimension.name());
            dimensionTable(dimension);
        }
        subheading("2. Việc gửi báo cáo tự đánh giá và thực hiện chế độ báo cáo định kỳ");
        reportingTable();
        if (!data.missing().isEmpty()) {
            body("Đơn vị chưa gửi báo cáo tự đánh giá đến hạn " + ReviewVariables.dayTime(review.selfAssessmentDue()) + ": "
                + String.join(", ", data.missing().stream().map(ReviewReportData.UnitRow::unitName).toList()) + ".");
        }
        heading(ROMAN[section++] + ". HẠN CHẾ, NGUYÊN NHÂN");
        body(review.limitations());
        heading(ROMAN[section] + ". PHƯƠNG HƯỚNG, GIẢI PHÁP TRONG THỜI GIAN TỚI");
        body(review.solutions());
        body("Trên đây là báo cáo " + review.kind().label().toLowerCase() + " thực hiện Kế hoạch nâng cao Chỉ số PAPI "
            + review.spanLabel() + " của Ủy ban nhân dân tỉnh Bến Tre./.");
        signature();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, margins top and bottom 2 cm, left 3 cm, right 1.5 cm. */
    private void pageSetup() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(851));
    }

    /** The issuing body and number (left), the national motto and place and date (right). */
    private void header() {
        XWPFTable table = borderless(1, 2);
        columns(table, 3600, TEXT_WIDTH - 3600);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(left, true, "ỦY BAN NHÂN DÂN", 13, true, false);
        cellLine(left, false, "TỈNH BẾN TRE", 13, true, false);
        rule(left.addParagraph(), 1050);
        cellLine(left, false, "Số: " + (review.approved() ? review.documentNumber() : "       /BC-UBND"), 13, false, false);

        cellLine(right, true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        cellLine(right, false, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        rule(right.addParagraph(), 1150);
        cellLine(right, false, "Bến Tre, " + dateLine(), 13, false, true);
    }

    private void title() {
        XWPFParagraph first = paragraph(ParagraphAlignment.CENTER, 0, run -> text(run, "BÁO CÁO", 14, true, false));
        first.setSpacingBefore(360);
        XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER, 0, run -> text(run, review.title(), 14, true, false));
        subject.setSpacingAfter(0);
        XWPFParagraph line = doc.createParagraph();
        rule(line, 3700);
        line.setSpacingAfter(240);
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
        List<ReviewReportData.DimensionRow> rows = dimension.rows();
        XWPFTable table = doc.createTable(rows.size() + 2, 6);
        table.setTableAlignment(TableRowAlign.CENTER);
        headerRow(table, "STT", "Đơn vị", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Tổng số giải pháp");
        for (int i = 0; i < rows.size(); i++) {
            ReviewReportData.DimensionRow row = rows.get(i);
            fillRow(table, i + 1, false, String.valueOf(i + 1), row.unitName(), String.valueOf(row.done()),
                String.valueOf(row.inProgress()), String.valueOf(row.notStarted()), String.valueOf(row.total()));
        }
        ReviewReportData.DimensionRow total = dimension.total();
        fillRow(table, rows.size() + 1, true, "", total.unitName(), String.valueOf(total.done()),
            String.valueOf(total.inProgress()), String.valueOf(total.notStarted()), String.valueOf(total.total()));
        columns(table, 650, 3704, 1250, 1250, 1250, 1250);
        spacer();
    }

    private void reportingTable() {
        List<ReviewReportData.UnitRow> units = data.units();
        XWPFTable table = doc.createTable(units.size() + 1, 6);
        table.setTableAlignment(TableRowAlign.CENTER);
        headerRow(table, "STT", "Đơn vị", "Báo cáo tự đánh giá", "Báo cáo định kỳ đúng hạn", "Trễ hạn", "Chưa gửi");
        for (int i = 0; i < units.size(); i++) {
            SelfAssessment a = units.get(i).assessment();
            fillRow(table, i + 1, false, String.valueOf(i + 1), units.get(i).unitName(),
                a.sent() ? "Đã gửi ngày " + ReviewVariables.day(a.signedAt()) : "Chưa gửi", count(a, a.reportsOnTime()),
                count(a, a.reportsLate()), count(a, a.reportsMissing()));
        }
        columns(table, 650, 3104, 1800, 1400, 1200, 1200);
        spacer();
    }

    private static String count(SelfAssessment a, Integer value) {
        return a.sent() && value != null ? String.valueOf(value) : "–";
    }

    /** "Nơi nhận:" (left) and the signature block (right). */
    private void signature() {
        spacer();
        XWPFTable table = borderless(1, 2);
        columns(table, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph to = left.getParagraphs().get(0);
        to.setAlignment(ParagraphAlignment.LEFT);
        text(to.createRun(), "Nơi nhận:", 12, true, true);
        String recipients = review.recipients() == null ? "" : review.recipients();
        for (String line : recipients.split("\\R")) {
            if (!line.isBlank()) {
                XWPFParagraph p = left.addParagraph();
                text(p.createRun(), line.trim(), 11, false, false);
            }
        }
        Review.SignerRole role = review.signerRole() == null ? Review.SignerRole.CHAIRMAN : review.signerRole();
        cellLine(right, true, role.authority(), 13, true, false);
        cellLine(right, false, role.title(), 13, true, false);
        for (int i = 0; i < 4; i++) {
            cellLine(right, false, "", 13, false, false);
        }
        cellLine(right, false, review.signerName() == null ? "" : review.signerName(), 13, true, false);
    }

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, FIRST_LINE_INDENT, run -> text(run, text, 14, true, false));
        p.setSpacingBefore(120);
    }

    private void subheading(String text) {
        paragraph(ParagraphAlignment.BOTH, FIRST_LINE_INDENT, run -> text(run, text, 14, true, true));
    }

    /** One justified paragraph per line of the text, first line indented. */
    private void body(String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraph(ParagraphAlignment.BOTH, FIRST_LINE_INDENT, run -> text(run, line.trim(), 14, false, false));
            }
        }
    }

    private void spacer() {
        paragraph(ParagraphAlignment.LEFT, 0, run -> text(run, "", 6, false, false));
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLineIndent, java.util.function.Consumer<XWPFRun> content) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        content.accept(p.createRun());
        return p;
    }

    private XWPFTable borderless(int rows, int cols) {
        XWPFTable table = doc.createTable(rows, cols);
        table.removeBorders();
        return table;
    }

    private static XWPFParagraph cellLine(XWPFTableCell cell, boolean first, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        text(p.createRun(), text, size, bold, italic);
        return p;
    }

    /**
     * The short rule under the province's name, the motto and the title: the top border of an empty
     * paragraph narrowed by indents, so the text above keeps its full width.
     */
    private static void rule(XWPFParagraph p, int indent) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderTop(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(20);
        p.setSpacingAfter(40);
        text(p.createRun(), "", 2, false, false);
    }

    private static void headerRow(XWPFTable table, String... titles) {
        fillRow(table, 0, true, titles);
    }

    private static void fillRow(XWPFTable table, int row, boolean bold, String... values) {
        for (int col = 0; col < values.length; col++) {
            XWPFTableCell cell = table.getRow(row).getCell(col);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(col == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            text(p.createRun(), values[col], 12, bold, false);
        }
    }

    /** Column widths in twentieths of a point, as a fixed grid: Word and LibreOffice both keep them. */
    private static void columns(XWPFTable table, int... widths) {
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getRows().forEach(row -> {
            for (int col = 0; col < widths.length; col++) {
                row.getCell(col).setWidth(String.valueOf(widths[col]));
            }
        });
    }

    private static void text(XWPFRun run, String text, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
