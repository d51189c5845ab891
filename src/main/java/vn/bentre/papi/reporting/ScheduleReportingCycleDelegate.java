package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.calendar.ReportingCalendar;
import vn.bentre.papi.calendar.ReportingPeriod;

/**
 * After the timer start of {@code papi-reporting-schedule} (the day after a cut-off): which period's
 * cut-off has just passed, and whether to open it. Not opened when {@code papi.reporting.auto-open}
 * is off or Sở Nội vụ opened the period already. Out: {@code unitId} (so-noi-vu), {@code periodType}, {@code periodYear},
 * {@code openedAutomatically}, {@code autoOpenCycle}.
 */
@Component("scheduleReportingCycle")
class ScheduleReportingCycleDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScheduleReportingCycleDelegate.class);

    private final ReportingCalendar calendar;
    private final ReportingCycles cycles;
    private final ReportingProperties properties;

    ScheduleReportingCycleDelegate(ReportingCalendar calendar, ReportingCycles cycles, ReportingProperties properties) {
        this.calendar = calendar;
        this.cycles = cycles;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportingPeriod period = calendar.lastCutOff(DueDates.today());
        boolean open = properties.autoOpen() && !cycles.isOpened(period);
        if (!properties.autoOpen()) {
            log.info("Không tự động mở kỳ báo cáo {}: papi.reporting.auto-open đang tắt", period.code());
        } else if (!open) {
            log.info("Kỳ báo cáo {} đã được mở trước, không mở lại", period.code());
        }
        execution.setVariable("unitId", ReportingCycles.HOME_AFFAIRS);
        execution.setVariable("periodType", period.type().name());
        execution.setVariable("periodYear", period.year());
        execution.setVariable("openedAutomatically", true);
        execution.setVariable("autoOpenCycle", open);
    }
}
