package vn.bentre.papi.dashboard;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who looks at the dashboard and what they may see (docs/dashboard.md, "Phạm vi"):
 * <ul>
 * <li>{@link Scope#PROVINCE}: members of the supervisor units (Sở Nội vụ, UBND tỉnh), of their
 *     {@code -lanh-dao} groups, and {@code camunda-admin}: every unit;</li>
 * <li>{@link Scope#DISTRICT}: a district's Phòng Nội vụ and the district's leaders: the district,
 *     its Phòng Nội vụ and its communes;</li>
 * <li>{@link Scope#UNIT}: everyone else: the units whose groups they are in;</li>
 * <li>{@link Scope#NONE}: a user in no unit's group sees nothing.</li>
 * </ul>
 *
 * @param scopeLabel what the page shows as the scope, in Vietnamese
 * @param unitIds    the units in scope; empty for {@link Scope#PROVINCE}, which sees every unit
 * @param cockpit    whether the user may open Cockpit (links then point there, else to Tasklist)
 */
public record Viewer(String userId, Scope scope, String scopeLabel, @JsonIgnore Set<String> unitIds, boolean cockpit) {

    public enum Scope { PROVINCE, DISTRICT, UNIT, NONE }

    public Viewer {
        unitIds = Set.copyOf(unitIds);
    }

    /** Whether the viewer may see data of the unit; only the province sees data that names no unit. */
    public boolean sees(String unitId) {
        return scope == Scope.PROVINCE || unitId != null && unitIds.contains(unitId);
    }

    @JsonIgnore
    public boolean seesWholeProvince() {
        return scope == Scope.PROVINCE;
    }
}
