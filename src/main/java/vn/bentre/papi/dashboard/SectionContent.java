package vn.bentre.papi.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a section shows, in the generic shape the page draws (JSON as written here):
 *
 * <pre>{@code
 * {"kind": "bar" | "stackedBar" | "line" | "table",
 *  "labels": ["Huyện Chợ Lách", ...],                 // x axis (y axis when horizontal)
 *  "series": [{"name": "Đã duyệt", "values": [8.3, ...], "color": "#2e7d32"}],
 *  "unit": "%",                                        // optional, after values; "%" stacks to 100
 *  "valueLabels": ["", "Thấp nhất", ...],             // optional: value n is shown as valueLabels[n]
 *  "horizontal": false,
 *  "columns": ["Đơn vị", "Số việc"], "rows": [["UBND xã ...", 3], ...],
 *  "links": [{"label": "Mở Cockpit", "href": "/camunda/app/cockpit/default/#/processes"}],
 *  "note": "Số liệu đến 05/10/2015 17:00"}
 * }</pre>
 *
 * A chart kind may have rows too (shown as a table under the chart); a {@code table} has no series.
 * A table cell is a string, a number or a {@link Link}. Dates are written dd/MM/yyyy.
 */
public record SectionContent(ChartKind kind, List<String> labels, List<Series> series, String unit, boolean horizontal,
        List<String> columns, List<List<Object>> rows, List<Link> links, String note, List<String> valueLabels) {

    public SectionContent {
        labels = labels == null ? List.of() : List.copyOf(labels);
        series = series == null ? List.of() : List.copyOf(series);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        links = links == null ? List.of() : List.copyOf(links);
        valueLabels = valueLabels == null ? null : List.copyOf(valueLabels);
    }

    /** A chart with a value per label in each series. */
    public static SectionContent chart(ChartKind kind, List<String> labels, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                    + " values for " + labels.size() + " labels");
            }
        }
        return new SectionContent(kind, labels, series, null, false, null, null, null, null, null);
    }

    /** Only a table. */
    public static SectionContent table(List<String> columns, List<List<Object>> rows) {
        return new SectionContent(ChartKind.TABLE, null, null, null, false, columns, rows, null, null, null);
    }

    public SectionContent withTable(List<String> columns, List<List<Object>> rows) {
        return new SectionContent(kind, labels, series, unit, horizontal, columns, rows, links, note, valueLabels);
    }

    public SectionContent withLinks(List<Link> links) {
        return new SectionContent(kind, labels, series, unit, horizontal, columns, rows, links, note, valueLabels);
    }

    public SectionContent withNote(String note) {
        return new SectionContent(kind, labels, series, unit, horizontal, columns, rows, links, note, valueLabels);
    }

    public SectionContent withUnit(String unit) {
        return new SectionContent(kind, labels, series, unit, horizontal, columns, rows, links, note, valueLabels);
    }

    /** Names for the values 0, 1, 2, …, for ordinal data such as PAPI groups; the axis then shows names. */
    public SectionContent withValueLabels(List<String> valueLabels) {
        return new SectionContent(kind, labels, series, unit, horizontal, columns, rows, links, note, valueLabels);
    }

    /** Bars along the y axis: for long labels such as unit names. */
    public SectionContent horizontally() {
        return new SectionContent(kind, labels, series, unit, true, columns, rows, links, note, valueLabels);
    }
}
