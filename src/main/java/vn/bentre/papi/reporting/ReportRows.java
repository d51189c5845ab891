package vn.bentre.papi.reporting;

/** How many numbered groups the report forms offer for each kind of row (see {@code platform.FormRows}). */
final class ReportRows {

    static final int MEASURES = 12;
    static final int DIMENSIONS = 8;
    static final int OBSTACLES = 5;
    static final int DIRECTIONS = 8;

    private ReportRows() {
    }
}
