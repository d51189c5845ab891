package vn.bentre.papi.notification;

import java.util.Objects;

/**
 * A notification to the officials or leaders of one unit.
 *
 * @param key               unique forever; sending the same key twice sends one mail. Derive it from what
 *                          happened ("obstacle:42:ANSWERED"), never from the time
 * @param processInstanceId the process instance it is about, or null
 * @param subject           without prefix: "[PAPI Bến Tre] " is added
 * @param body              plain text; the standard footer is added
 */
public record UnitNotification(String key, String unitId, Audience audience, String subject, String body,
        String processInstanceId) {

    public UnitNotification {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
