package vn.bentre.papi.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Sends due outbox rows by SMTP. Safe on several nodes at once: each row is claimed before it is
 * sent, and a row is sent by the node whose claim succeeded. A failed send is retried later with
 * back-off; a node that dies while sending leaves a claim that expires after claim-timeout.
 */
@Service
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxQueue queue;
    private final MailDelivery delivery;
    private final RetryBackoff backoff;
    private final EngineClock clock;
    private final NotificationProperties.Dispatcher settings;

    OutboxDispatcher(OutboxQueue queue, MailDelivery delivery, RetryBackoff backoff, EngineClock clock,
            NotificationProperties properties) {
        this.queue = queue;
        this.delivery = delivery;
        this.backoff = backoff;
        this.clock = clock;
        this.settings = properties.dispatcher();
        if (!delivery.available()) {
            log.info("Chưa cấu hình máy chủ thư (SPRING_MAIL_HOST): thư nhắc việc được giữ trong hàng đợi, "
                + "xem tại GET /api/notifications");
        }
    }

    /** Sends what is due now, batch after batch. @return how many mails were sent */
    int dispatchDue() {
        if (!delivery.available()) {
            return 0;
        }
        queue.reclaimStuck(clock.now().minus(settings.claimTimeout()));
        int sent = 0;
        List<Long> batch;
        int sentInBatch;
        do {
            batch = queue.dueIds(clock.now(), settings.batchSize());
            sentInBatch = 0;
            for (long id : batch) {
                Optional<PendingMail> claimed = queue.claim(id, clock.now());
                if (claimed.isPresent() && deliver(claimed.get())) {
                    sentInBatch++;
                }
            }
            sent += sentInBatch;
            // A full batch that sent nothing means the server is down or another node is busy: stop here.
        } while (batch.size() == settings.batchSize() && sentInBatch > 0);
        return sent;
    }

    private boolean deliver(PendingMail mail) {
        try {
            delivery.send(mail);
            queue.sent(mail, clock.now());
            return true;
        } catch (MailException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (MailDelivery.isPermanent(e)) {
                log.error("Thư {} bị từ chối hẳn, không gửi lại: {}", mail.id(), error);
                queue.failed(mail, error);
            } else {
                Instant next = backoff.nextAttempt(clock.now(), mail.attempts());
                log.warn("Chưa gửi được thư {} (lần {}), thử lại lúc {}: {}", mail.id(), mail.attempts(), next, error);
                queue.retryLater(mail, next, error);
            }
            return false;
        }
    }
}
