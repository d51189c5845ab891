package vn.bentre.papi.planning;

import java.util.List;

import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * A measure (giải pháp) of the plan's section II, or a corrective measure approved later.
 * Lead and co-operating units are unit ids or the tokens {@code @all}, {@code @departments},
 * {@code @districts}, {@code @communes}.
 */
public record Measure(String id, String dimensionId, String text, List<String> leadUnits,
        List<String> cooperatingUnits, MeasureSource source, Integer addedYear) {

    public enum MeasureSource { PLAN, CORRECTIVE }

    /** Whether the unit leads or co-operates in this measure, so its own plan should say what it does. */
    public boolean appliesTo(Unit unit) {
        return names(leadUnits, unit) || names(cooperatingUnits, unit);
    }

    public boolean isLedBy(Unit unit) {
        return names(leadUnits, unit);
    }

    private static boolean names(List<String> units, Unit unit) {
        return units.stream().anyMatch(token -> switch (token) {
            case "@all" -> unit.level() != UnitLevel.PROVINCE && unit.level() != UnitLevel.DISTRICT_OFFICE;
            case "@departments" -> unit.level() == UnitLevel.DEPARTMENT;
            case "@districts" -> unit.level() == UnitLevel.DISTRICT;
            case "@communes" -> unit.level() == UnitLevel.COMMUNE;
            default -> token.equals(unit.id());
        });
    }
}
