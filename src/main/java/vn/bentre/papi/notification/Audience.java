package vn.bentre.papi.notification;

/** Who in a unit receives a notification. */
public enum Audience {
    /** The unit's officials: members of group {@code <unit>} (its leaders are members too). */
    OFFICIALS,
    /** The unit's head and deputies: members of group {@code <unit>-lanh-dao}. */
    LEADERS
}
