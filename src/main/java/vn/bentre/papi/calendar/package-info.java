/**
 * The reporting calendar: periods and their data cut-offs, working days and public holidays,
 * deadlines counted in working days (DESIGN.md §3, docs/calendar.md).
 * <p>
 * Other features call {@link vn.bentre.papi.calendar.ReportingCalendar} (deadlines, next and last
 * cut-off) and {@link vn.bentre.papi.calendar.WorkingCalendar} (working days); the holiday table
 * {@code cal_holiday}, its loader and the data file are internal.
 */
package vn.bentre.papi.calendar;
