package vn.bentre.papi.reporting;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.CalendarProperties;
import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.calendar.ReportingCalendar;
import vn.bentre.papi.calendar.ReportingLevel;
import vn.bentre.papi.calendar.ReportingPeriod;
import vn.bentre.papi.calendar.WorkingCalendar;

/**
 * A cycle's deadlines, at the end of the office day. Opened by the 15th (the day after the cut-off,
 * as the timer does) they are the reporting calendar's. Opened later, every level still gets its
 * full number of working days, counted from the opening day: the schedule moves as a whole.
 */
@Component
class CycleDeadlines {

    private final ReportingCalendar reportingCalendar;
    private final WorkingCalendar workingCalendar;
    private final CalendarProperties.Deadlines days;

    CycleDeadlines(ReportingCalendar reportingCalendar, WorkingCalendar workingCalendar, CalendarProperties properties) {
        this.reportingCalendar = reportingCalendar;
        this.workingCalendar = workingCalendar;
        this.days = properties.deadlines();
    }

    Deadlines of(ReportingPeriod period, LocalDate openedOn) {
        return new Deadlines(deadline(period, openedOn, ReportingLevel.COMMUNE), deadline(period, openedOn, ReportingLevel.DISTRICT),
            deadline(period, openedOn, ReportingLevel.DEPARTMENT), deadline(period, openedOn, ReportingLevel.PROVINCE));
    }

    private Date deadline(ReportingPeriod period, LocalDate openedOn, ReportingLevel level) {
        LocalDate base = openedOn.minusDays(1);
        LocalDate day = base.isAfter(period.cutOffEnd())
            ? workingCalendar.addWorkingDays(base, days.workingDays(level))
            : reportingCalendar.deadline(period, level);
        return DueDates.endOfOfficeDay(day);
    }

    record Deadlines(Date commune, Date district, Date department, Date province) {

        Date of(ReportingLevel level) {
            return switch (level) {
                case COMMUNE -> commune;
                case DISTRICT -> district;
                case DEPARTMENT -> department;
                case PROVINCE -> province;
            };
        }

        /** Sở Nội vụ awaits departments and districts until the later of their deadlines. */
        Date provincialCollection() {
            return district.after(department) ? district : department;
        }
    }
}
