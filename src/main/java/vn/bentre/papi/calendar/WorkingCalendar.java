package vn.bentre.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * Working days of the provincial administration. For now only weekends are days off; the
 * holiday table (Tết and the other public holidays) is added by the calendar feature.
 */
@Service
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day that lies the given number of working days after {@code start} (negative: before). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        int step = workingDays >= 0 ? 1 : -1;
        LocalDate day = start;
        for (int left = Math.abs(workingDays); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
