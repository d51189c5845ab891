package vn.bentre.papi.calendar;

/**
 * The reporting periods of plan 4129/KH-UBND (section III.1): every quarter, 6 months and the
 * year. There is no Q2 or Q4 report of its own: the 6-month and the annual report take their place.
 */
public enum PeriodType {

    Q1("Quý I", 3),
    H1("6 tháng", 6),
    Q3("9 tháng", 9),
    YEAR("Năm", 12);

    private final String label;
    private final int lastMonth;

    PeriodType(String label, int lastMonth) {
        this.label = label;
        this.lastMonth = lastMonth;
    }

    /** What officials read: "Quý I", "6 tháng", "9 tháng", "Năm". */
    public String label() {
        return label;
    }

    /** The period's last month (3, 6, 9, 12): its data cut-off ends on the 14th of that month. */
    public int lastMonth() {
        return lastMonth;
    }
}
