package vn.bentre.papi.reporting;

/** Progress of one plan measure in a report. */
enum MeasureStatus {

    DONE("Đã hoàn thành"),
    IN_PROGRESS("Đang thực hiện"),
    NOT_STARTED("Chưa thực hiện");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
