package vn.bentre.papi.notification;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${notifyUnit}}: sends a Vietnamese notification to a unit's officials or leaders.
 * Input variables: {@code notifyUnitId}, {@code notifyAudience} (OFFICIALS, the default, or
 * LEADERS), {@code notifySubject}, {@code notifyBody}. Bad input fails the activity with a clear
 * message (an incident when asynchronous), since a diagram error is for the administrator to fix.
 * The key names the activity instance: a retried job writes nothing twice, while the same
 * activity reached again in a loop sends again.
 */
@Component("notifyUnit")
class NotifyUnitDelegate implements JavaDelegate {

    private final Notifications notifications;

    NotifyUnitDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = "NOTIFY:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
        notifications.notifyUnit(new UnitNotification(key, required(execution, "notifyUnitId"), audience(execution),
            required(execution, "notifySubject"), required(execution, "notifyBody"), execution.getProcessInstanceId()));
    }

    private static String required(DelegateExecution execution, String name) {
        if (execution.getVariable(name) instanceof String value && !value.isBlank()) {
            return value.trim();
        }
        throw new IllegalArgumentException("Thiếu biến đầu vào '" + name + "' của bước gửi thông báo '"
            + execution.getCurrentActivityName() + "' (missing input variable)");
    }

    private static Audience audience(DelegateExecution execution) {
        Object value = execution.getVariable("notifyAudience");
        if (value == null || value.toString().isBlank()) {
            return Audience.OFFICIALS;
        }
        try {
            return Audience.valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Biến notifyAudience = '" + value
                + "' không hợp lệ; dùng OFFICIALS (cán bộ) hoặc LEADERS (lãnh đạo) (invalid audience)");
        }
    }
}
