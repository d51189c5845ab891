package vn.bentre.papi.reporting;

/** Where a unit's report stands (column {@code rpt_unit_report.status}). */
public enum ReportStatus {

    /** Expected, its process not started yet. */
    PENDING("Chưa mở"),
    DRAFTING("Đang soạn"),
    /** Submitted by the officials, waiting for the head's sign-off. */
    SUBMITTED("Chờ lãnh đạo ký"),
    IN_REVIEW("Đang xem xét"),
    RETURNED("Bị trả lại"),
    ACCEPTED("Đã chấp nhận");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
