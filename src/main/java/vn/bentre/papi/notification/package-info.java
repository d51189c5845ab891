/**
 * Reminders and escalations for every user task (DESIGN.md §4): a default due date on each task,
 * a reminder policy in working days, a sweep process ({@code papi-task-reminders}) writing an
 * outbox in the engine's transaction, and a dispatcher sending it by SMTP with retries.
 * Public: {@link vn.bentre.papi.notification.Notifications} (notify a unit from Java) and the
 * process variable {@code unitId}; diagrams use the delegates {@code ${sendTaskReminders}} and
 * {@code ${notifyUnit}}.
 */
package vn.bentre.papi.notification;
