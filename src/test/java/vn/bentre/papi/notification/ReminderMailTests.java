package vn.bentre.papi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Reminders sent by SMTP to GreenMail, which {@code spring.mail.host/port} point at. */
class ReminderMailTests extends NotificationTestSupport {

    static final LocalDate CREATED = LocalDate.of(2025, 3, 3);
    static final LocalDate DUE = LocalDate.of(2025, 3, 10);

    @Autowired OutboxDispatcher dispatcher;
    @Autowired OutboxQueue queue;
    @Autowired MailDelivery delivery;
    @Autowired RetryBackoff backoff;
    @Autowired EngineClock clock;
    @Autowired NotificationProperties properties;
    @Autowired Outbox outbox;
    @Autowired TestRestTemplate http;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = startSmtp();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void shouldMailTheDueReminderInVietnameseToTheUnitsOfficials() throws Exception {
        clockAt(CREATED, 9);
        Task task = startUnitTask(UNIT, UNIT);
        clockAt(DUE, 8);
        runSweep();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(deliveries()).isEqualTo(once(mail("xa-28756-cv"), mail("xa-28756-ld")));
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Address::toString)
            .containsExactly(mail("xa-28756-cv"), mail("xa-28756-ld"));
        assertThat(message.getSubject()).isEqualTo("[PAPI Bến Tre] Đến hạn hôm nay: Chuẩn bị báo cáo PAPI quý I");
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) message.getContent()).contains(
            "Kính gửi: Cán bộ UBND phường Phú Khương, thành phố Bến Tre.",
            "Hôm nay là hạn xử lý công việc dưới đây. Đề nghị đồng chí hoàn thành trong ngày.",
            "- Công việc: Chuẩn bị báo cáo PAPI quý I",
            "- Hạn xử lý: 10/03/2025",
            "- Quy trình: Thử nghiệm: việc của đơn vị",
            "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
        assertThat(message.getFrom()[0].toString()).contains("nhac-viec@papi.bentre.local");
        assertThat(outboxOf(task.getId())).singleElement()
            .satisfies(row -> assertThat(row.status()).isEqualTo("SENT"));
    }

    @Test
    void shouldSendOneMailWhenTheReminderJobRunsTwice() {
        clockAt(CREATED, 9);
        startUnitTask(UNIT, UNIT);
        clockAt(LocalDate.of(2025, 3, 6), 8);

        runSweep();
        runSweep();
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(deliveries()).isEqualTo(once(mail("xa-28756-cv"), mail("xa-28756-ld")));
    }

    @Test
    void shouldKeepRemindersWhileTheMailServerIsDownAndSendThemOnceItIsBack() {
        clockAt(CREATED, 9);
        Task first = startUnitTask(UNIT, UNIT);
        Task second = startUnitTask("xa-28757", "xa-28757");
        clockAt(DUE, 8);
        runSweep();
        smtp.stop();

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(http.getForEntity("/actuator/health", String.class).getBody())
            .as("a mail server outage is no application failure").contains("\"status\":\"UP\"");

        List<OutboxRow> waiting = outbox();
        assertThat(waiting).hasSize(2).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.nextAttemptAt()).isEqualTo(clock.now().plus(properties.dispatcher().firstRetryAfter()));
            assertThat(row.lastError()).isNotBlank();
        });
        assertThat(dispatcher.dispatchDue()).as("nothing is retried before its back-off").isZero();
        assertThat(outbox()).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(1));

        smtp = startSmtp();
        ClockUtil.setCurrentTime(Date.from(clock.now().plus(properties.dispatcher().firstRetryAfter())));
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(deliveries()).isEqualTo(
            once(mail("xa-28756-cv"), mail("xa-28756-ld"), mail("xa-28757-cv"), mail("xa-28757-ld")));
        assertThat(outboxOf(first.getId())).singleElement().satisfies(row -> assertThat(row.status()).isEqualTo("SENT"));
        assertThat(outboxOf(second.getId())).singleElement().satisfies(row -> assertThat(row.attempts()).isEqualTo(2));
    }

    @Test
    void shouldSendEachRowOnceWhenTwoDispatchersRace() throws Exception {
        int rows = 40;
        IntStream.range(0, rows).forEach(i -> outbox.enqueue(new OutboxMessage("race:" + i, NotificationKind.NOTIFY,
            null, null, UNIT, List.of("race-" + i + "@demo.papi.bentre.local"), "Thư " + i, "Nội dung " + i)));
        OutboxDispatcher otherNode = new OutboxDispatcher(queue, delivery, backoff, clock, properties);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = nodes.submit(() -> { start.await(); return dispatcher.dispatchDue(); });
            Future<Integer> two = nodes.submit(() -> { start.await(); return otherNode.dispatchDue(); });
            assertThat(one.get() + two.get()).isEqualTo(rows);
        } finally {
            nodes.shutdown();
        }

        assertThat(deliveries()).hasSize(rows).allSatisfy((mailbox, count) -> assertThat(count).as(mailbox).isEqualTo(1));
        assertThat(outbox()).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.attempts()).isEqualTo(1);
        });
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** Mailbox → number of mails delivered to it (GreenMail keeps one copy per recipient mailbox). */
    private Map<String, Integer> deliveries() {
        Map<String, Integer> counts = new TreeMap<>();
        try {
            for (GreenMailUser user : smtp.getUserManager().listUser()) {
                counts.put(user.getEmail(), smtp.getManagers().getImapHostManager().getInbox(user).getMessageCount());
            }
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static Map<String, Integer> once(String... recipients) {
        return Arrays.stream(recipients).collect(Collectors.toMap(r -> r, r -> 1));
    }
}
