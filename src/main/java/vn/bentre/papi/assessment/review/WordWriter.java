package vn.bentre.papi.assessment.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
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

/**
 * The typography of Vietnamese administrative documents (Decree 30/2020/NĐ-CP, Appendix I) on top of
 * Apache POI: A4 with margins 2/2/3/1.5 cm, Times New Roman, justified body paragraphs indented 1 cm,
 * tables on a fixed grid (widths in twentieths of a point, kept by Word and LibreOffice alike).
 */
final class WordWriter {

    /** A4 less the left (3 cm) and right (1.5 cm) margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 1701 - 851;
    private static final String FONT = "Times New Roman";
    private static final int FIRST_LINE_INDENT = 567;

    private final XWPFDocument doc = new XWPFDocument();

    WordWriter() {
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

    /** A paragraph of one run. */
    XWPFParagraph paragraph(ParagraphAlignment alignment, boolean indented, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        if (indented) {
            p.setIndentationFirstLine(FIRST_LINE_INDENT);
        }
        text(p.createRun(), text, size, bold, italic);
        return p;
    }

    /** One justified, indented paragraph per line of the text. */
    void body(String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraph(ParagraphAlignment.BOTH, true, line.trim(), 14, false, false);
            }
        }
    }

    void spacer() {
        paragraph(ParagraphAlignment.LEFT, false, "", 6, false, false);
    }

    /** A short centred line under a heading: the top border of an empty paragraph narrowed by indents. */
    void rule(int indent) {
        rule(doc.createParagraph(), indent);
    }

    static void rule(XWPFParagraph p, int indent) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderTop(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(20);
        p.setSpacingAfter(40);
        text(p.createRun(), "", 2, false, false);
    }

    /** A table without borders (headers, signature block) on the given column widths. */
    XWPFTable layout(int... widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        table.removeBorders();
        columns(table, widths);
        return table;
    }

    /** A bordered table of figures: a bold header row, the rows, centred numbers. */
    XWPFTable figures(String[] header, List<String[]> rows, int... widths) {
        XWPFTable table = doc.createTable(rows.size() + 1, widths.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        fillRow(table, 0, true, header);
        for (int i = 0; i < rows.size(); i++) {
            fillRow(table, i + 1, false, rows.get(i));
        }
        columns(table, widths);
        return table;
    }

    /** The given row of a table in bold (a total). */
    static void bold(XWPFTable table, int row) {
        table.getRow(row).getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> p.getRuns().forEach(r -> r.setBold(true))));
    }

    /** A centred line in a layout cell; the first line reuses the cell's own paragraph. */
    static XWPFParagraph cellLine(XWPFTableCell cell, boolean first, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        text(p.createRun(), text, size, bold, italic);
        return p;
    }

    static void text(XWPFRun run, String text, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillRow(XWPFTable table, int row, boolean bold, String... values) {
        for (int col = 0; col < values.length; col++) {
            XWPFParagraph p = table.getRow(row).getCell(col).getParagraphs().get(0);
            p.setAlignment(col == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            text(p.createRun(), values[col], 12, bold, false);
        }
    }

    private static void columns(XWPFTable table, int... widths) {
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
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
}
