package vn.bentre.papi.notification;

/**
 * One reminder of a task, as the policy schedules it.
 *
 * @param number      the overdue reminder's number (1, 2, …); for an escalation, how many overdue
 *                    reminders preceded it; else 0
 * @param workingDays working days left before the due date (BEFORE) or past it (OVERDUE, ESCALATION)
 */
record Reminder(NotificationKind kind, int number, int workingDays) {

    /** {@code taskId:BEFORE}, {@code taskId:DUE}, {@code taskId:OVERDUE:2}, {@code taskId:ESCALATION}: unique per task. */
    String key(String taskId) {
        return taskId + ":" + kind + (kind == NotificationKind.OVERDUE ? ":" + number : "");
    }

    boolean toLeaders() {
        return kind == NotificationKind.ESCALATION;
    }
}
