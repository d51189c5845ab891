package vn.bentre.papi.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * A consolidation as its form shows it, computed from the outcome tables: per unit on time, late or
 * missing and where its report stands; per PAPI dimension the measures done, in progress and not
 * started; the figures summed. For the province also each district's consolidation.
 */
@Component
class ConsolidationView {

    private final ReportRepository reports;
    private final ConsolidationRepository consolidations;
    private final ReportTotals totals;
    private final CycleRepository cycles;
    private final MeasureCatalogue catalogue;
    private final Organisation organisation;

    ConsolidationView(ReportRepository reports, ConsolidationRepository consolidations, ReportTotals totals,
            CycleRepository cycles, MeasureCatalogue catalogue, Organisation organisation) {
        this.reports = reports;
        this.consolidations = consolidations;
        this.totals = totals;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    /**
     * @param units         one row per awaited report (and for a district, first, the district's own report)
     * @param consolidated  for the province: one row per district consolidation
     */
    record View(List<Map<String, Object>> units, List<Map<String, Object>> consolidated, List<Map<String, Object>> dimensions,
            List<Map<String, Object>> figures, Map<Timeliness, Long> counts, List<String> missing) {

        String headline() {
            long all = counts.values().stream().mapToLong(Long::longValue).sum();
            return all + " báo cáo: " + counts.getOrDefault(Timeliness.ON_TIME, 0L) + " đúng hạn, "
                + counts.getOrDefault(Timeliness.LATE, 0L) + " muộn, "
                + (counts.getOrDefault(Timeliness.MISSING, 0L) + counts.getOrDefault(Timeliness.NOT_DUE, 0L)) + " chưa báo cáo";
        }
    }

    View of(Consolidation consolidation, Date now) {
        Map<String, Unit> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, Long> measuresByReport = totals.measuresByReport(consolidation.cycleId());
        List<UnitReport> awaited = reports.ofConsolidation(consolidation.id());
        List<Map<String, Object>> rows = new ArrayList<>();
        if (consolidation.level() == Consolidation.Level.DISTRICT) {
            reports.find(UnitReport.id(consolidation.cycleId(), consolidation.scopeUnitId()))
                .ifPresent(own -> rows.add(unitRow(own, units, measuresByReport, now, "Báo cáo của UBND cấp huyện (Sở Nội vụ xem xét)")));
        }
        Map<Timeliness, Long> counts = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (UnitReport report : awaited) {
            Timeliness timeliness = report.timeliness(now);
            counts.merge(timeliness, 1L, Long::sum);
            if (report.firstSubmittedAt() == null) {
                missing.add(name(units, report.unitId()));
            }
            rows.add(unitRow(report, units, measuresByReport, now, report.addendumAt() != null ? "Bổ sung sau tổng hợp" : ""));
        }
        List<Map<String, Object>> consolidated = consolidation.level() == Consolidation.Level.PROVINCE
            ? districtRows(consolidation.cycleId(), units, now) : List.of();
        return new View(rows, consolidated, dimensionRows(consolidation), figureRows(consolidation), counts, missing);
    }

    private Map<String, Object> unitRow(UnitReport report, Map<String, Unit> units, Map<String, Long> measures, Date now, String note) {
        long done = measures.getOrDefault(report.id() + "/" + MeasureStatus.DONE.name(), 0L);
        long all = done + measures.getOrDefault(report.id() + "/" + MeasureStatus.IN_PROGRESS.name(), 0L)
            + measures.getOrDefault(report.id() + "/" + MeasureStatus.NOT_STARTED.name(), 0L);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", name(units, report.unitId()));
        row.put("timeliness", report.timeliness(now).label());
        row.put("status", report.status().label());
        row.put("submittedAt", report.firstSubmittedAt() == null ? "" : ReportVariables.dayTime(report.firstSubmittedAt()));
        row.put("measuresDone", report.firstSubmittedAt() == null ? "" : done + "/" + all);
        row.put("note", note);
        return row;
    }

    private List<Map<String, Object>> districtRows(String cycleId, Map<String, Unit> units, Date now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Consolidation district : consolidations.ofCycle(cycleId)) {
            if (district.level() != Consolidation.Level.DISTRICT) {
                continue;
            }
            List<UnitReport> communes = reports.ofConsolidation(district.id());
            long accepted = communes.stream().filter(UnitReport::accepted).count();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", name(units, district.consolidatorId()));
            row.put("status", district.done() ? "Đã tổng hợp" : "Chưa tổng hợp");
            row.put("timeliness", district.done()
                ? (Boolean.TRUE.equals(district.onTime()) ? Timeliness.ON_TIME : Timeliness.LATE).label()
                : (now.after(district.dueAt()) ? Timeliness.MISSING : Timeliness.NOT_DUE).label());
            row.put("completedAt", district.completedAt() == null ? "" : ReportVariables.dayTime(district.completedAt()));
            row.put("communes", accepted + "/" + communes.size() + " xã đã được chấp nhận");
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> dimensionRows(Consolidation consolidation) {
        ReportTotals.Scope scope = ReportTotals.Scope.of(consolidation);
        Map<String, Long> measures = totals.measures(scope);
        Map<String, Long> obstacles = totals.obstacles(scope);
        Map<String, Long> summaries = totals.dimensionSummaries(scope);
        int year = cycles.find(consolidation.cycleId()).orElseThrow().periodYear();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Dimension dimension : catalogue.dimensions(year)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dimension", dimension.name());
            for (MeasureStatus status : MeasureStatus.values()) {
                row.put(switch (status) {
                    case DONE -> "done";
                    case IN_PROGRESS -> "inProgress";
                    case NOT_STARTED -> "notStarted";
                }, measures.getOrDefault(dimension.id() + "/" + status.name(), 0L));
            }
            row.put("unitsReporting", summaries.getOrDefault(dimension.id(), 0L));
            row.put("obstacles", obstacles.getOrDefault(dimension.id(), 0L));
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> figureRows(Consolidation consolidation) {
        Map<String, long[]> figures = totals.figures(ReportTotals.Scope.of(consolidation));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportFigure figure : ReportFigure.values()) {
            long[] total = figures.getOrDefault(figure.key(), new long[] {0, 0});
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("figure", figure.label());
            row.put("total", total[0]);
            row.put("units", total[1]);
            rows.add(row);
        }
        return rows;
    }

    private static String name(Map<String, Unit> units, String unitId) {
        Unit unit = units.get(unitId);
        return unit == null ? unitId : unit.name();
    }
}
