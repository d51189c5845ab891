package vn.bentre.papi.notification;

import java.util.List;

import vn.bentre.papi.organisation.Unit;

/**
 * Who a task's reminders concern.
 *
 * @param unit      the task's unit, null when neither variable nor candidate group names one
 * @param reviewer  the unit that reviews {@code unit}, null if none
 * @param officials addresses of the task's candidates and assignee
 * @param leaders   addresses of the leaders of the unit and of its reviewer (escalations)
 */
record TaskRecipients(Unit unit, Unit reviewer, List<String> officials, List<String> leaders) {

    List<String> of(Reminder reminder) {
        return reminder.toLeaders() ? leaders : officials;
    }
}
