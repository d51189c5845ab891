package vn.bentre.papi.calendar;

/**
 * Who reports to whom (DESIGN.md §2, §3); each step has its own deadline in
 * {@link CalendarProperties.Deadlines}.
 */
public enum ReportingLevel {

    COMMUNE("UBND cấp xã báo cáo UBND cấp huyện (qua Phòng Nội vụ)"),
    DISTRICT("UBND cấp huyện báo cáo UBND tỉnh (qua Sở Nội vụ)"),
    DEPARTMENT("Sở, ban, ngành báo cáo UBND tỉnh (qua Sở Nội vụ)"),
    /** Sở Nội vụ's consolidated report of the whole province. */
    PROVINCE("Sở Nội vụ tổng hợp, báo cáo UBND tỉnh");

    private final String label;

    ReportingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
