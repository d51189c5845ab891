package vn.bentre.papi.assessment.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.ReportingPeriod;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.planning.ApprovedPlans;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.planning.PlanMeasureEntry;

/**
 * What a unit did in a review's span, read from the other features' outcome tables (the read model
 * of the review; it never calls their internals): the periodic reports ({@code rpt_cycle},
 * {@code rpt_unit_report}, {@code rpt_measure_progress}) whose period's data cut-off falls in the span,
 * and the unit's approved plan ({@code ApprovedPlans}). Per dimension, each measure counts once, with
 * its status in the latest report of the span; a planned measure no report mentions counts as not
 * started. A district's self-assessment covers its communes: its figures add theirs.
 */
@Component
class ReviewEvidence {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final MeasureCatalogue catalogue;
    private final ApprovedPlans plans;

    ReviewEvidence(JdbcClient jdbc, Organisation organisation, MeasureCatalogue catalogue, ApprovedPlans plans) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /** The dimensions a review of the span counts: those PAPI assessed in any year of it. */
    List<Dimension> dimensions(LocalDate from, LocalDate to) {
        return catalogue.dimensions().stream()
            .filter(d -> Stream.iterate(from.getYear(), y -> y <= to.getYear(), y -> y + 1).anyMatch(d::assessedIn))
            .toList();
    }

    Evidence of(Unit unit, LocalDate from, LocalDate to, Date now) {
        List<String> cycles = cyclesIn(from, to);
        List<Unit> communes = unit.level() == UnitLevel.DISTRICT ? organisation.units(UnitLevel.COMMUNE, unit.id()) : List.of();
        Map<String, Counts> byDimension = new LinkedHashMap<>();
        dimensions(from, to).forEach(d -> byDimension.put(d.id(), new Counts()));
        addMeasures(unit.id(), cycles, byDimension);
        communes.forEach(c -> addMeasures(c.id(), cycles, byDimension));

        Timeliness own = timeliness(List.of(unit.id()), cycles, now).getOrDefault(unit.id(), new Timeliness(0, 0, 0));
        Map<String, Timeliness> ofCommunes = communes.isEmpty() ? Map.of()
            : timeliness(communes.stream().map(Unit::id).toList(), cycles, now);
        Timeliness communeTotal = ofCommunes.values().stream().reduce(new Timeliness(0, 0, 0), Timeliness::plus);
        List<String> communesMissing = communes.stream()
            .filter(c -> Optional.ofNullable(ofCommunes.get(c.id())).map(t -> t.missing() > 0).orElse(false))
            .map(Unit::name).toList();

        List<DimensionFigures> dimensions = new ArrayList<>();
        byDimension.forEach((id, c) -> dimensions.add(new DimensionFigures(id,
            catalogue.dimension(id).map(Dimension::name).orElse(id), c.done, c.inProgress, c.notStarted)));
        return new Evidence(cycles.stream().map(ReportingPeriod::parse).map(ReportingPeriod::label).toList(), dimensions, own,
            communes.size(), communeTotal, communesMissing);
    }

    /** The cycles ("2016-Q1") whose data cut-off ends inside the span, oldest first. */
    private List<String> cyclesIn(LocalDate from, LocalDate to) {
        return jdbc.sql("select id from rpt_cycle").query(String.class).list().stream()
            .map(id -> {
                try {
                    return ReportingPeriod.parse(id);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            })
            .filter(p -> p != null && !p.cutOffEnd().isBefore(from) && !p.cutOffEnd().isAfter(to))
            .sorted(Comparator.comparing(ReportingPeriod::cutOffEnd)).map(ReportingPeriod::code).toList();
    }

    private void addMeasures(String unitId, List<String> cycles, Map<String, Counts> byDimension) {
        Map<String, String> dimensionOf = new HashMap<>();
        Map<String, String> statusOf = new HashMap<>();
        for (PlanMeasureEntry planned : plans.measuresOf(unitId)) {
            catalogue.measure(planned.measureId()).map(Measure::dimensionId)
                .ifPresent(dimension -> dimensionOf.put(planned.measureId(), dimension));
        }
        if (!cycles.isEmpty()) {
            // Oldest first: a later report's status replaces an earlier one's.
            jdbc.sql("""
                    select r.cycle_id, p.measure_id, p.dimension_id, p.status from rpt_measure_progress p
                    join rpt_unit_report r on r.id = p.report_id
                    where r.unit_id = :unit and r.cycle_id in (:cycles)""")
                .param("unit", unitId).param("cycles", cycles)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream()
                .sorted(Comparator.comparing(row -> cycles.indexOf(row[0])))
                .forEach(row -> {
                    dimensionOf.put(row[1], row[2]);
                    statusOf.put(row[1], row[3]);
                });
        }
        dimensionOf.forEach((measureId, dimensionId) -> {
            Counts counts = byDimension.computeIfAbsent(dimensionId, d -> new Counts());
            switch (statusOf.getOrDefault(measureId, "NOT_STARTED")) {
                case "DONE" -> counts.done++;
                case "IN_PROGRESS" -> counts.inProgress++;
                default -> counts.notStarted++;
            }
        });
    }

    /** Per unit: its reports of the cycles submitted on time, late, or not at all though due. */
    private Map<String, Timeliness> timeliness(List<String> unitIds, List<String> cycles, Date now) {
        Map<String, Timeliness> result = new HashMap<>();
        if (cycles.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select unit_id, due_at, first_submitted_at, on_time from rpt_unit_report
                where unit_id in (:units) and cycle_id in (:cycles)""")
            .param("units", unitIds).param("cycles", cycles)
            .query(rs -> {
                Timestamp due = rs.getTimestamp("due_at");
                boolean submitted = rs.getTimestamp("first_submitted_at") != null;
                Timeliness one;
                if (submitted) {
                    one = Boolean.TRUE.equals(rs.getObject("on_time")) ? new Timeliness(1, 0, 0) : new Timeliness(0, 1, 0);
                } else if (due != null && due.before(now)) {
                    one = new Timeliness(0, 0, 1);
                } else {
                    return;
                }
                result.merge(rs.getString("unit_id"), one, Timeliness::plus);
            });
        return result;
    }

    private static final class Counts {
        int done;
        int inProgress;
        int notStarted;
    }

    record DimensionFigures(String dimensionId, String name, int done, int inProgress, int notStarted) {
    }

    record Timeliness(int onTime, int late, int missing) {
        Timeliness plus(Timeliness other) {
            return new Timeliness(onTime + other.onTime, late + other.late, missing + other.missing);
        }
    }

    /**
     * @param cycles          the periods counted ("Quý I năm 2016", …)
     * @param ownReports      the unit's own periodic reports
     * @param communes        how many communes the unit covers (districts only)
     * @param communeReports  their periodic reports, added up
     * @param communesMissing the communes with at least one report missing
     */
    record Evidence(List<String> cycles, List<DimensionFigures> dimensions, Timeliness ownReports, int communes,
            Timeliness communeReports, List<String> communesMissing) {
    }
}
