package vn.bentre.papi.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.type.TypeReference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.calendar.PeriodType;
import vn.bentre.papi.calendar.ReportingPeriod;
import vn.bentre.papi.platform.JsonVariables;

import vn.bentre.papi.platform.FormValues;

/**
 * Opens the period: refuses a period opened before or not begun yet, records the cycle and every
 * expected report. In: {@code periodType} (Q1, H1, Q3, YEAR), {@code periodYear}, optionally
 * {@code reportingUnitIds} (a pilot: some departments and districts only) and
 * {@code openedAutomatically}. Out: {@code cycleId}, {@code periodLabel}, the deadlines,
 * {@code departmentBatches}, {@code districtIds}, {@code consolidationId}, {@code collectUntil},
 * {@code consolidationDue}, and {@code unitId} = so-noi-vu (who works in this process).
 */
@Component("openReportingCycle")
class OpenReportingCycleDelegate implements JavaDelegate {

    static final int FIRST_YEAR = 2015;
    /** As many reports as a district opens for itself and its communes (at most 25). */
    static final int BATCH_SIZE = 25;

    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    private final ReportingCycles cycles;
    private final JsonVariables json;

    OpenReportingCycleDelegate(ReportingCycles cycles, JsonVariables json) {
        this.cycles = cycles;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportingPeriod period = period(execution);
        boolean automatic = Boolean.TRUE.equals(execution.getVariable("openedAutomatically"));
        var opened = cycles.open(period, execution.getProcessInstanceId(), automatic ? null : FormValues.currentUser(),
            automatic, units(execution));
        var due = opened.deadlines();
        execution.setProcessBusinessKey(opened.cycleId());
        execution.setVariable("unitId", ReportingCycles.HOME_AFFAIRS);
        execution.setVariable("openedAutomatically", automatic);
        execution.setVariable("cycleId", opened.cycleId());
        execution.setVariable("periodType", period.type().name());
        execution.setVariable("periodYear", period.year());
        execution.setVariable("periodLabel", period.label());
        execution.setVariable("communeDeadline", due.commune());
        execution.setVariable("districtDeadline", due.district());
        execution.setVariable("departmentDeadline", due.department());
        execution.setVariable("provinceDeadline", due.province());
        execution.setVariable("consolidationId", opened.consolidationId());
        execution.setVariable("collectUntil", due.provincialCollection());
        execution.setVariable("consolidationDue", due.province());
        execution.setVariable("collectUntilText", ReportVariables.day(due.provincialCollection()));
        execution.setVariable("departmentBatches", batches(opened.departmentIds()));
        execution.setVariable("districtIds", opened.districtIds());
    }

    /**
     * The departments in batches of at most {@link #BATCH_SIZE}, as even as possible: each batch
     * opens its reports in one background job, and several jobs run side by side.
     */
    static List<List<String>> batches(List<String> unitIds) {
        int count = Math.max(1, (unitIds.size() + BATCH_SIZE - 1) / BATCH_SIZE);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = i * unitIds.size() / count;
            int to = (i + 1) * unitIds.size() / count;
            if (from < to) {
                batches.add(new ArrayList<>(unitIds.subList(from, to)));
            }
        }
        return batches;
    }

    private static ReportingPeriod period(DelegateExecution execution) {
        String type = ReportVariables.requiredText(execution, "periodType", "kỳ báo cáo");
        PeriodType periodType;
        try {
            periodType = PeriodType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReportInputException("Kỳ báo cáo '" + type + "' không hợp lệ; dùng một trong: Q1 (Quý I), H1 (6 tháng), "
                + "Q3 (9 tháng), YEAR (năm)");
        }
        Long year = ReportVariables.wholeNumber(execution.getVariable("periodYear"), "Năm báo cáo");
        if (year == null) {
            throw new ReportInputException("Cần nhập năm báo cáo (periodYear)");
        }
        LocalDate today = DueDates.today();
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw new ReportInputException("Năm báo cáo phải từ " + FIRST_YEAR + " đến " + (today.getYear() + 1) + ", không phải " + year);
        }
        ReportingPeriod period = new ReportingPeriod(periodType, year.intValue());
        if (period.cutOffStart().isAfter(today)) {
            throw new ReportInputException("Kỳ báo cáo " + period.label() + " chưa bắt đầu: số liệu tính từ ngày "
                + period.cutOffStart().format(ReportVariables.DAY));
        }
        return period;
    }

    /** A list, a Json array or comma-separated text; empty when not given. */
    private List<String> units(DelegateExecution execution) {
        Object value = execution.getVariable("reportingUnitIds");
        if (value == null) {
            return List.of();
        }
        Collection<?> items = value instanceof Collection<?> c ? c
            : value instanceof String text ? Arrays.asList(text.split(",")) : json.read(execution, "reportingUnitIds", IDS);
        return items.stream().map(Object::toString).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
