package vn.bentre.papi.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.calendar.WorkingCalendar;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code decideProvincialReport}: UBND tỉnh acknowledges the provincial report or gives
 * directions, each to a named unit, which then gets a task with the direction's text.
 * In: {@code provincialDecision} ACKNOWLEDGE|DIRECT, {@code decisionNote}, {@code directions}
 * (list of {@code unitId}, {@code text}, optional {@code dueDate}). Out: {@code directionUnitIds}.
 */
@Component("recordProvincialDecision")
class RecordProvincialDecisionDelegate implements JavaDelegate {

    static final String ACKNOWLEDGE = "ACKNOWLEDGE";
    static final String DIRECT = "DIRECT";

    private final CycleRepository cycles;
    private final Organisation organisation;
    private final WorkingCalendar calendar;
    private final ReportingProperties properties;
    private final JsonVariables json;
    private final FormRows rows;

    RecordProvincialDecisionDelegate(CycleRepository cycles, Organisation organisation, WorkingCalendar calendar,
            ReportingProperties properties, JsonVariables json, FormRows rows) {
        this.rows = rows;
        this.cycles = cycles;
        this.organisation = organisation;
        this.calendar = calendar;
        this.properties = properties;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DirectionLine(String unitId, String text, String dueDate) {
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ReportVariables.requiredText(execution, "provincialDecision", "ý kiến của UBND tỉnh");
        String note = ReportVariables.text(execution, "decisionNote");
        String cycleId = (String) execution.getVariable("cycleId");
        Date now = ClockUtil.getCurrentTime();
        String user = CurrentUser.of(execution);
        if (ACKNOWLEDGE.equals(decision)) {
            cycles.recordDecision(cycleId, ACKNOWLEDGE, note, user, now, Cycle.ACKNOWLEDGED);
            execution.setVariable("directionUnitIds", List.of());
        } else if (DIRECT.equals(decision)) {
            List<DirectionLine> lines = rows.read(execution, "directions", "direction", ReportRows.DIRECTIONS, DirectionLine.class,
                d -> d.unitId() != null || (d.text() != null && !d.text().isBlank()));
            List<String> unitIds = validate(lines == null ? List.of() : lines);
            Date defaultDue = DueDates.endOfOfficeDay(calendar.addWorkingDays(DueDates.today(), properties.directionDueWorkingDays()));
            for (DirectionLine line : lines) {
                LocalDate day = ReportVariables.date(line.dueDate(), "Hạn thực hiện chỉ đạo");
                cycles.insertDirection(cycleId, line.unitId().trim(), line.text().trim(),
                    day == null ? defaultDue : DueDates.endOfOfficeDay(day), user, now);
            }
            cycles.recordDecision(cycleId, DIRECT, note, user, now, Cycle.DIRECTED);
            execution.setVariable("directionUnitIds", unitIds);
        } else {
            throw new ReportInputException("Ý kiến của UBND tỉnh phải là ACKNOWLEDGE hoặc DIRECT, không phải '" + decision + "'");
        }
    }

    private List<String> validate(List<DirectionLine> lines) {
        if (lines.isEmpty()) {
            throw new ReportInputException("Cần ít nhất một chỉ đạo: đơn vị thực hiện và nội dung chỉ đạo (directions)");
        }
        List<String> problems = new ArrayList<>();
        Set<String> units = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DirectionLine line = lines.get(i);
            String prefix = "Chỉ đạo dòng " + (i + 1) + ": ";
            String unitId = line.unitId() == null ? null : line.unitId().trim();
            Unit unit = unitId == null ? null : organisation.unit(unitId).orElse(null);
            if (unit == null || unit.level() == UnitLevel.PROVINCE) {
                problems.add(prefix + "đơn vị '" + unitId + "' không có hoặc không nhận chỉ đạo");
            } else if (!units.add(unitId)) {
                problems.add(prefix + unit.name() + " đã có ở dòng khác; gộp nội dung vào một dòng");
            } else {
                ordered.add(unitId);
            }
            if (line.text() == null || line.text().isBlank()) {
                problems.add(prefix + "cần ghi nội dung chỉ đạo");
            } else if (line.text().length() > 4000) {
                problems.add(prefix + "nội dung dài quá 4000 ký tự");
            }
            LocalDate due = ReportVariables.date(line.dueDate(), prefix + "hạn thực hiện");
            if (due != null && !due.isAfter(DueDates.today())) {
                problems.add(prefix + "hạn thực hiện " + due.format(ReportVariables.DAY) + " phải sau ngày hôm nay");
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportInputException("Chỉ đạo chưa hợp lệ: " + String.join("; ", problems));
        }
        return ordered;
    }
}
