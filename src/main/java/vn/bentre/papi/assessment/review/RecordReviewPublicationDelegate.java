package vn.bentre.papi.assessment.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;

import vn.bentre.papi.platform.FormValues;

/**
 * After {@code publishReviewResults}: Sở TT&amp;TT has published the approved report (plan III.4).
 * In: {@code publicationUrl} (required, an absolute http or https address with a host name),
 * {@code publishedOn} (required, not in the future), {@code publicationChannels} (optional list).
 */
@Component("recordReviewPublication")
class RecordReviewPublicationDelegate implements JavaDelegate {

    private final ReviewRepository reviews;

    RecordReviewPublicationDelegate(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String url = validUrl(ReviewVariables.requiredText(execution, "publicationUrl", "đường dẫn bài đăng"));
        LocalDate publishedOn = ReviewVariables.date(execution, "publishedOn", "Ngày đăng tải");
        if (publishedOn == null) {
            throw new ReviewInputException("Cần nhập ngày đăng tải (publishedOn)");
        }
        if (publishedOn.isAfter(DueDates.today())) {
            throw new ReviewInputException("Ngày đăng tải " + ReviewVariables.day(publishedOn) + " chưa đến");
        }
        List<String> channels = ReviewVariables.textList(execution, "publicationChannels");
        reviews.publish((String) execution.getVariable("reviewId"), url, channels.isEmpty() ? null : String.join(", ", channels),
            publishedOn, FormValues.currentUser(), ClockUtil.getCurrentTime());
    }

    /** An absolute http(s) address with a dotted host, e.g. https://www.bentre.gov.vn/tin-tuc/123. */
    static String validUrl(String value) {
        String refused = "Đường dẫn bài đăng '" + value + "' không hợp lệ: cần địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, "
            + "ví dụ https://www.bentre.gov.vn/…";
        if (value.length() > 2000 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new ReviewInputException(refused);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")
                    || host.startsWith(".") || host.endsWith(".") || uri.getUserInfo() != null) {
                throw new ReviewInputException(refused);
            }
            return value;
        } catch (URISyntaxException e) {
            throw new ReviewInputException(refused);
        }
    }
}
