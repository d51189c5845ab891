package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the dispatcher runs on its own: only with a mail server, and not when switched off. */
class DispatcherScheduleTests {

    final OutboxDispatcher dispatcher = mock(OutboxDispatcher.class);
    final ApplicationContextRunner context = new ApplicationContextRunner()
        .withBean(OutboxDispatcher.class, () -> dispatcher)
        .withBean(NotificationProperties.class, () -> new NotificationProperties(null, null, null, null, null))
        .withUserConfiguration(DispatcherSchedule.class);

    @Test
    void shouldDispatchRepeatedlyWhenAMailServerIsConfigured() {
        context.withPropertyValues("spring.mail.host=smtp.bentre.gov.vn", "papi.notification.dispatcher.fixed-delay=PT0.05S")
            .run(running -> {
                assertThat(running).hasSingleBean(DispatcherSchedule.class);
                verify(dispatcher, timeout(5000).atLeast(2)).dispatchDue();
            });
    }

    @Test
    void shouldNotRunWithTheEmptyMailHostOfTheEmbeddedDefault() {
        context.withPropertyValues("spring.mail.host=").run(running -> assertThat(running).doesNotHaveBean(DispatcherSchedule.class));
    }

    @Test
    void shouldNotRunWhenSwitchedOff() {
        context.withPropertyValues("spring.mail.host=smtp.bentre.gov.vn", "papi.notification.dispatcher.enabled=false")
            .run(running -> assertThat(running).doesNotHaveBean(DispatcherSchedule.class));
    }
}
