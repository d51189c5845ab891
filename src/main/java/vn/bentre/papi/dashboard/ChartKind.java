package vn.bentre.papi.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the page draws a section (Chart.js); {@link #TABLE} draws no chart, only the rows. */
public enum ChartKind {
    BAR("bar"), STACKED_BAR("stackedBar"), LINE("line"), TABLE("table");

    private final String json;

    ChartKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
