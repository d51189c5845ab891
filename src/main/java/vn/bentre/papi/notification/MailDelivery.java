package vn.bentre.papi.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Sends one outbox row as a plain-text UTF-8 mail, and tells lasting failures from passing ones. */
@Component
class MailDelivery {

    private static final String SENDER_NAME = "Hệ thống theo dõi PAPI Bến Tre";

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    MailDelivery(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Whether a mail server is configured. Spring Boot builds a sender even for the empty
     * {@code spring.mail.host} of the embedded default, so its host is checked too.
     */
    boolean available() {
        JavaMailSender mailSender = sender.getIfAvailable();
        return mailSender != null
            && !(mailSender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost()));
    }

    void send(PendingMail mail) {
        JavaMailSender mailSender = sender.getObject();
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom(), SENDER_NAME);
            helper.setTo(mail.recipients().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Không tạo được thư (cannot build the message)", e);
        }
        mailSender.send(message);
    }

    /**
     * Lasting: the message cannot be built or the server rejected an address. Everything else
     * (connection refused, timeouts, authentication while the server is being fixed) may pass.
     */
    static boolean isPermanent(MailException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return true;
        }
        return e instanceof MailSendException send && send.getFailedMessages().values().stream()
            .anyMatch(failure -> failure instanceof SendFailedException refused
                && Optional.ofNullable(refused.getInvalidAddresses()).map(a -> a.length > 0).orElse(false));
    }
}
