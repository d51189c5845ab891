package vn.bentre.papi.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates as Vietnamese officials write them (dd/MM/yyyy, in the province's time zone) and the
 * engine's clock as "now", so that tests move the dashboard's time with {@code ClockUtil}.
 */
public final class DashboardFormat {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DashboardFormat() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return now().atZone(VIETNAM).toLocalDate();
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(VIETNAM));
    }

    public static String date(Date date) {
        return date == null ? "" : date(date.toInstant());
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    /** part / whole in percent, one decimal; 0 when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
            : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
