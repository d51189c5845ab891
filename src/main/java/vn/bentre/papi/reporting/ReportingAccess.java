package vn.bentre.papi.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.OrganisationProperties;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * Which reports the current user may see, by the rules Tasklist applies to the tasks: supervisors
 * (officials and leaders of {@code papi.organisation.supervisor-units}, administrators) see every
 * unit; a district's Phòng Nội vụ sees its district and its communes; everybody else only their own
 * unit. The user is the one {@code ApiAuthenticationFilter} authenticated for this request.
 */
@Component
class ReportingAccess {

    private static final String LEADERS_SUFFIX = "-lanh-dao";

    private final IdentityService identity;
    private final Organisation organisation;
    private final OrganisationProperties properties;

    ReportingAccess(IdentityService identity, Organisation organisation, OrganisationProperties properties) {
        this.identity = identity;
        this.organisation = organisation;
        this.properties = properties;
    }

    Viewer currentViewer(Map<String, Unit> units) {
        Authentication user = identity.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return new Viewer(true, Set.of(), Set.of(), units);
        }
        Set<String> own = new HashSet<>();
        Set<String> districts = new HashSet<>();
        for (String group : groups) {
            String unitId = group.endsWith(LEADERS_SUFFIX) ? group.substring(0, group.length() - LEADERS_SUFFIX.length()) : group;
            Unit unit = units.get(unitId);
            if (unit == null) {
                continue;
            }
            if (properties.supervisorUnits().contains(unit.id())) {
                return new Viewer(true, Set.of(), Set.of(), units);
            }
            own.add(unit.id());
            if (unit.level() == UnitLevel.DISTRICT_OFFICE) {
                districts.add(unit.parentId());
            }
        }
        return new Viewer(false, own, districts, units);
    }

    Map<String, Unit> units() {
        Map<String, Unit> byId = new java.util.HashMap<>();
        organisation.units().forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    /**
     * @param units     the units this viewer belongs to
     * @param districts districts whose Phòng Nội vụ this viewer belongs to
     */
    record Viewer(boolean all, Set<String> own, Set<String> districts, Map<String, Unit> units) {

        boolean sees(String unitId) {
            if (all || own.contains(unitId) || districts.contains(unitId)) {
                return true;
            }
            Unit unit = units.get(unitId);
            return unit != null && unit.level() == UnitLevel.COMMUNE && districts.contains(unit.parentId());
        }

        boolean sees(Consolidation consolidation) {
            return all || consolidation.level() == Consolidation.Level.DISTRICT && districts.contains(consolidation.scopeUnitId());
        }
    }
}
