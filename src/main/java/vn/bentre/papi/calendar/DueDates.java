package vn.bentre.papi.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for diagrams: {@code camunda:dueDate="${dueDates.workingDaysFromNow(5)}"}. A task is due
 * at the end of the office day (17:00, Vietnam time) of the working day reached. Reads the engine
 * clock so process tests can move time.
 */
@Component("dueDates")
public class DueDates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);

    private final WorkingCalendar calendar;

    DueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Date workingDaysFromNow(int workingDays) {
        return endOfOfficeDay(calendar.addWorkingDays(today(), workingDays));
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(VIETNAM).toLocalDate();
    }

    public static Date endOfOfficeDay(LocalDate day) {
        return Date.from(day.atTime(END_OF_OFFICE_DAY).atZone(VIETNAM).toInstant());
    }

    public static LocalDate toLocalDate(Date date) {
        return date.toInstant().atZone(VIETNAM).toLocalDate();
    }
}
