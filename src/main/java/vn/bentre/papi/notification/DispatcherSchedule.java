package vn.bentre.papi.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher every {@code papi.notification.dispatcher.fixed-delay} on every node; the
 * claims in the outbox keep nodes from sending the same row. Scheduling is switched on here only,
 * so that without a mail server (and in tests) nothing runs in the background.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Conditional(DispatcherCondition.class)
class DispatcherSchedule {

    private static final Logger log = LoggerFactory.getLogger(DispatcherSchedule.class);

    private final OutboxDispatcher dispatcher;

    DispatcherSchedule(OutboxDispatcher dispatcher, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        log.info("Gửi thư nhắc việc qua SMTP mỗi {}", properties.dispatcher().fixedDelay());
    }

    @Scheduled(fixedDelayString = "${papi.notification.dispatcher.fixed-delay:PT30S}",
        initialDelayString = "${papi.notification.dispatcher.fixed-delay:PT30S}")
    void dispatch() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next run tries again.
            log.error("Lỗi khi gửi thư từ hàng đợi nhắc việc", e);
        }
    }
}
