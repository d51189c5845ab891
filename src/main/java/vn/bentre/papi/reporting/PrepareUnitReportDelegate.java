package vn.bentre.papi.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.planning.ApprovedPlans;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.planning.PlanMeasureEntry;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * Start of {@code papi-unit-report}: who reports to whom, by when, and the form prefilled with one
 * line per measure of the unit's approved plan and one per PAPI dimension assessed that year.
 * In: {@code reportId}, {@code unitId}. Out: {@code unitName}, {@code reviewerId}, {@code reviewerName},
 * {@code periodLabel}, {@code reportDeadline}, {@code reportDueText}, {@code measureReports},
 * {@code dimensionReports}, {@code obstacles}, {@code measureOptions}, {@code dimensionOptions},
 * {@code hasApprovedPlan}, {@code reportRound}.
 */
@Component("prepareUnitReport")
class PrepareUnitReportDelegate implements JavaDelegate {

    private final ReportRepository reports;
    private final CycleRepository cycles;
    private final Organisation organisation;
    private final MeasureCatalogue catalogue;
    private final ApprovedPlans approvedPlans;
    private final JsonVariables json;
    private final FormRows rows;

    PrepareUnitReportDelegate(ReportRepository reports, CycleRepository cycles, Organisation organisation,
            MeasureCatalogue catalogue, ApprovedPlans approvedPlans, JsonVariables json, FormRows rows) {
        this.rows = rows;
        this.reports = reports;
        this.cycles = cycles;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.approvedPlans = approvedPlans;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reportId = ReportVariables.requiredText(execution, "reportId", "mã báo cáo");
        UnitReport report = reports.find(reportId).orElseThrow(() -> new IllegalStateException("No expected report " + reportId));
        if (!reports.attachProcess(reportId, execution.getProcessInstanceId())) {
            throw new IllegalStateException("Báo cáo " + reportId + " đã có quy trình khác (already has a process)");
        }
        Cycle cycle = cycles.find(report.cycleId()).orElseThrow();
        Unit unit = organisation.requireUnit(report.unitId());
        Unit reviewer = organisation.requireUnit(report.reviewerId());
        List<Dimension> dimensions = catalogue.dimensions(cycle.periodYear());
        List<PlanMeasureEntry> planned = approvedPlans.measuresOf(unit.id());

        // unitId and cycleId came with the start: set again only if the record says otherwise, since
        // every write is a history row, for every report a period opens.
        setIfChanged(execution, "unitId", unit.id());
        execution.setVariable("unitName", unit.name());
        execution.setVariable("unitLevel", report.level().name());
        execution.setVariable("reviewerId", reviewer.id());
        execution.setVariable("reviewerName", reviewer.name());
        setIfChanged(execution, "cycleId", cycle.id());
        execution.setVariable("periodYear", cycle.periodYear());
        execution.setVariable("periodLabel", cycle.period().label());
        execution.setVariable("reportDeadline", report.dueAt());
        execution.setVariable("reportDueText", ReportVariables.day(report.dueAt()));
        execution.setVariable("hasApprovedPlan", !planned.isEmpty());
        rows.write(execution, "measureReports", "measureReport", ReportRows.MEASURES,
            planned.stream().map(PrepareUnitReportDelegate::line).toList());
        rows.write(execution, "dimensionReports", "dimensionReport", ReportRows.DIMENSIONS, dimensions.stream()
            .map(d -> Map.of("dimensionId", d.id(), "summary", "")).toList());
        rows.write(execution, "obstacles", "obstacle", ReportRows.OBSTACLES, List.of());
        execution.setVariable("measureOptions", json.json(measureOptions(unit, planned)));
        execution.setVariable("dimensionOptions", json.json(dimensions.stream()
            .map(d -> Map.of("value", d.id(), "label", d.name())).toList()));
        execution.setVariable("reportRound", 1);
    }

    private static void setIfChanged(DelegateExecution execution, String name, Object value) {
        if (!value.equals(execution.getVariable(name))) {
            execution.setVariable(name, value);
        }
    }

    private static Map<String, Object> line(PlanMeasureEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("measureId", entry.measureId());
        line.put("plannedAction", entry.action());
        line.put("status", null);
        line.put("result", "");
        return line;
    }

    /** The catalogue's measures for the unit, and any measure of its approved plan besides. */
    private List<Map<String, String>> measureOptions(Unit unit, List<PlanMeasureEntry> planned) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        catalogue.measuresFor(unit).forEach(m -> measures.put(m.id(), m));
        planned.forEach(p -> catalogue.measure(p.measureId()).ifPresent(m -> measures.putIfAbsent(m.id(), m)));
        List<Map<String, String>> options = new ArrayList<>();
        measures.values().forEach(m -> options.add(Map.of("value", m.id(), "label", m.id() + " — " + m.text())));
        return options;
    }
}
