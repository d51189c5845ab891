package vn.bentre.papi.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** What every mail shares: subject prefix, dates as officials write them, Tasklist links, footer. */
@Component
class MailText {

    static final String SUBJECT_PREFIX = "[PAPI Bến Tre] ";
    static final String FOOTER = "\n\n--\nThư tự động của hệ thống theo dõi Kế hoạch số 4129/KH-UBND ngày "
        + "13/08/2015 của UBND tỉnh Bến Tre về nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công (PAPI). "
        + "Vui lòng không trả lời thư này.\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NotificationProperties properties;

    MailText(NotificationProperties properties) {
        this.properties = properties;
    }

    String subject(String text) {
        return SUBJECT_PREFIX + text;
    }

    String body(String text) {
        return text + FOOTER;
    }

    /** dd/MM/yyyy in the province's time zone. */
    String date(Instant instant) {
        return DATE.format(instant.atZone(properties.timeZone()));
    }

    String tasklistLink(String taskId) {
        return properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
