package vn.bentre.papi.calendar;

/** What a row of the holiday table means; the codes are what the file and the table hold. */
public enum HolidayKind {

    /** A public holiday of the Labour Code (ngày nghỉ lễ, tết). */
    LE("Ngày lễ, tết", true),
    /** Compensatory day off: a public holiday fell on a Saturday or Sunday (ngày nghỉ bù). */
    NGHI_BU("Nghỉ bù", true),
    /** Extra day off that the Prime Minister granted in exchange for a working weekend day (hoán đổi). */
    NGHI_HOAN_DOI("Nghỉ hoán đổi", true),
    /** A Saturday or Sunday that is worked to pay for a {@link #NGHI_HOAN_DOI} day (ngày làm bù). */
    LAM_BU("Làm bù", false);

    private final String label;
    private final boolean dayOff;

    HolidayKind(String label, boolean dayOff) {
        this.label = label;
        this.dayOff = dayOff;
    }

    public String label() {
        return label;
    }

    /** False only for {@link #LAM_BU}, a weekend day that is a working day. */
    public boolean dayOff() {
        return dayOff;
    }
}
