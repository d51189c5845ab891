package vn.bentre.papi.reporting;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.bentre.papi.calendar.ReportingLevel;
import vn.bentre.papi.organisation.Unit;

/**
 * {@code GET /api/reporting/cycles} and {@code GET /api/reporting/cycles/{id}} (id: the period,
 * "2016-Q1"): who has reported, when, on time or late, after how many review rounds. Every user
 * sees the cycles; the per-unit figures only for the units {@link ReportingAccess} lets them see.
 */
@RestController
@RequestMapping("/api/reporting/cycles")
class ReportingController {

    private final CycleRepository cycles;
    private final ReportRepository reports;
    private final ConsolidationRepository consolidations;
    private final ReportingAccess access;

    ReportingController(CycleRepository cycles, ReportRepository reports, ConsolidationRepository consolidations,
            ReportingAccess access) {
        this.cycles = cycles;
        this.reports = reports;
        this.consolidations = consolidations;
        this.access = access;
    }

    @GetMapping
    List<CycleSummary> cycles() {
        var viewer = access.currentViewer(access.units());
        Date now = ClockUtil.getCurrentTime();
        return cycles.findAll().stream().map(cycle -> CycleSummary.of(cycle,
            Counts.of(reports.ofCycle(cycle.id()).stream().filter(r -> viewer.sees(r.unitId())).toList(), now))).toList();
    }

    @GetMapping("/{id}")
    CycleDetail cycle(@PathVariable String id) {
        Cycle cycle = cycles.find(id).orElseThrow(() -> new UnknownCycleException(id));
        Map<String, Unit> units = access.units();
        var viewer = access.currentViewer(units);
        Date now = ClockUtil.getCurrentTime();
        List<UnitReport> visible = reports.ofCycle(cycle.id()).stream().filter(r -> viewer.sees(r.unitId())).toList();
        List<ConsolidationRow> consolidated = consolidations.ofCycle(cycle.id()).stream().filter(viewer::sees)
            .map(c -> ConsolidationRow.of(c, units, consolidations)).toList();
        return new CycleDetail(CycleSummary.of(cycle, Counts.of(visible, now)),
            visible.stream().map(r -> UnitRow.of(r, units, now)).toList(), consolidated);
    }

    @ExceptionHandler
    ProblemDetail unknownCycle(UnknownCycleException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    static class UnknownCycleException extends RuntimeException {
        UnknownCycleException(String id) {
            super("Không có kỳ báo cáo '" + id + "'; mã kỳ có dạng 2016-Q1, 2016-H1, 2016-Q3, 2016-YEAR (unknown reporting cycle)");
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    record Counts(int expected, int submitted, int onTime, int late, int missing, int accepted) {
        static Counts of(List<UnitReport> reports, Date now) {
            int onTime = 0;
            int late = 0;
            int missing = 0;
            for (UnitReport r : reports) {
                switch (r.timeliness(now)) {
                    case ON_TIME -> onTime++;
                    case LATE -> late++;
                    case MISSING -> missing++;
                    case NOT_DUE -> { }
                }
            }
            return new Counts(reports.size(), onTime + late, onTime, late, missing,
                (int) reports.stream().filter(UnitReport::accepted).count());
        }
    }

    /** The cycle, its visible units' reports and the consolidations the user may see. */
    record CycleDetail(@JsonUnwrapped CycleSummary cycle, List<UnitRow> units, List<ConsolidationRow> consolidations) {
    }

    record Deadlines(Instant commune, Instant district, Instant department, Instant province) {
    }

    record CycleSummary(String id, String periodLabel, String status, Instant openedAt, boolean openedAutomatically,
            Deadlines deadlines, String decision, Instant decidedAt, Instant closedAt, Counts reports) {
        static CycleSummary of(Cycle c, Counts counts) {
            return new CycleSummary(c.id(), c.period().label(), c.status(), instant(c.openedAt()), c.openedAutomatically(),
                new Deadlines(instant(c.communeDeadline()), instant(c.districtDeadline()), instant(c.departmentDeadline()),
                    instant(c.provinceDeadline())),
                c.decision(), instant(c.decidedAt()), instant(c.closedAt()), counts);
        }
    }

    /**
     * @param timeliness ON_TIME, LATE, MISSING (past due, not submitted) or NOT_DUE
     * @param onTime     null until submitted
     * @param addendum   accepted after its consolidation was completed, so added to it as an addendum
     */
    record UnitRow(String unitId, String unitName, ReportingLevel level, String reviewerId, ReportStatus status,
            String statusLabel, Instant dueAt, Instant submittedAt, Instant lastSubmittedAt, Timeliness timeliness,
            String timelinessLabel, Boolean onTime, int rounds, int reviewRounds, Instant acceptedAt, boolean addendum) {
        static UnitRow of(UnitReport r, Map<String, Unit> units, Date now) {
            Unit unit = units.get(r.unitId());
            Timeliness timeliness = r.timeliness(now);
            return new UnitRow(r.unitId(), unit == null ? r.unitId() : unit.name(), r.level(), r.reviewerId(), r.status(),
                r.status().label(), instant(r.dueAt()), instant(r.firstSubmittedAt()), instant(r.lastSubmittedAt()),
                timeliness, timeliness.label(), r.onTime(), r.rounds(), r.reviewRounds(), instant(r.acceptedAt()),
                r.addendumAt() != null);
        }
    }

    /** @param missing units whose report was not in the consolidation when it was completed */
    record ConsolidationRow(String id, Consolidation.Level level, String scopeUnitId, String consolidatorId,
            String consolidatorName, String status, Instant collectUntil, Instant dueAt, Instant startedAt,
            Instant completedAt, Boolean onTime, String documentNumber, List<String> missing) {
        static ConsolidationRow of(Consolidation c, Map<String, Unit> units, ConsolidationRepository consolidations) {
            Unit consolidator = units.get(c.consolidatorId());
            List<String> missing = !c.done() ? null : consolidations.items(c.id()).stream()
                .filter(i -> i.timeliness() == Timeliness.MISSING).map(ConsolidationRepository.Item::unitId).toList();
            return new ConsolidationRow(c.id(), c.level(), c.scopeUnitId(), c.consolidatorId(),
                consolidator == null ? c.consolidatorId() : consolidator.name(), c.status(), instant(c.collectUntil()),
                instant(c.dueAt()), instant(c.startedAt()), instant(c.completedAt()), c.onTime(), c.documentNumber(), missing);
        }
    }
}
