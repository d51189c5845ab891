package vn.bentre.papi.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * When reports are due (DESIGN.md §3): each step's deadline is a configured number of working
 * days after the period's cut-off end, so Tết and the other holidays push it back.
 */
@Service
public class ReportingCalendar {

    private final WorkingCalendar workingCalendar;
    private final CalendarProperties.Deadlines deadlines;

    public ReportingCalendar(WorkingCalendar workingCalendar, CalendarProperties properties) {
        this.workingCalendar = workingCalendar;
        this.deadlines = properties.deadlines();
    }

    /** The last day on which the step's report for the period is on time. */
    public LocalDate deadline(ReportingPeriod period, ReportingLevel level) {
        return workingCalendar.addWorkingDays(period.cutOffEnd(), deadlines.workingDays(level));
    }

    /**
     * The period whose cut-off end is the day itself or the first one after it: the period whose
     * data are being gathered on that day. On 14/03/2016 that is Q1/2016, on 15/03/2016 H1/2016,
     * on 15/12/2016 Q1/2017.
     */
    public ReportingPeriod nextCutOff(LocalDate day) {
        ReportingPeriod period = new ReportingPeriod(PeriodType.Q1, day.getYear());
        while (period.cutOffEnd().isBefore(day)) {
            period = period.next();
        }
        return period;
    }

    /**
     * The period whose cut-off ended last before the day: the one units are reporting on. On
     * 15/03/2016 that is Q1/2016, on 14/03/2016 still YEAR/2015.
     */
    public ReportingPeriod lastCutOff(LocalDate day) {
        ReportingPeriod period = new ReportingPeriod(PeriodType.YEAR, day.getYear() - 1);
        while (period.next().cutOffEnd().isBefore(day)) {
            period = period.next();
        }
        return period;
    }
}
