package vn.bentre.papi.reporting;

import java.util.Date;

/** Whether a report arrived in time, judged by its first submission against its due date. */
public enum Timeliness {

    ON_TIME("Đúng hạn"),
    LATE("Muộn"),
    /** Not submitted and past its due date. */
    MISSING("Chưa báo cáo"),
    /** Not submitted, not due yet. */
    NOT_DUE("Chưa đến hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Timeliness of(Date firstSubmittedAt, Date dueAt, Date now) {
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.after(dueAt) ? LATE : ON_TIME;
        }
        return now.after(dueAt) ? MISSING : NOT_DUE;
    }
}
