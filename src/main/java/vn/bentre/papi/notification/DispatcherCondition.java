package vn.bentre.papi.notification;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The dispatcher runs when a mail server is configured ({@code spring.mail.host} not empty) and
 * {@code papi.notification.dispatcher.enabled} is not false. A plain property condition would not
 * do: application.yaml sets the host to an empty string by default.
 */
class DispatcherCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return StringUtils.hasText(environment.getProperty("spring.mail.host"))
            && environment.getProperty("papi.notification.dispatcher.enabled", Boolean.class, true);
    }
}
