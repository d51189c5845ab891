package vn.bentre.papi.notification;

/** What an outbox row is; stored by name in {@code ntf_outbox.kind}. */
enum NotificationKind {
    /** A few working days before a task's due date, to the unit's officials. */
    BEFORE,
    /** On the due date, to the unit's officials. */
    DUE,
    /** While overdue, to the unit's officials, numbered. */
    OVERDUE,
    /** After repeated overdue reminders, to the leaders of the unit and of its reviewer. */
    ESCALATION,
    /** Sent by a diagram through the {@code notifyUnit} delegate or by another feature. */
    NOTIFY
}
