package vn.bentre.papi.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.OrganisationProperties;
import vn.bentre.papi.organisation.Unit;

/**
 * Who may read every unit's reminders: officials and leaders of the supervisor units (Sở Nội vụ,
 * UBND tỉnh by default) and administrators. The user is the one {@code ApiAuthenticationFilter}
 * authenticated for this request.
 */
@Component
class SupervisorAccess {

    private final IdentityService identity;
    private final Organisation organisation;
    private final OrganisationProperties properties;

    SupervisorAccess(IdentityService identity, Organisation organisation, OrganisationProperties properties) {
        this.identity = identity;
        this.organisation = organisation;
        this.properties = properties;
    }

    boolean currentUserIsSupervisor() {
        Authentication user = identity.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return groups.stream().anyMatch(supervisorGroups()::contains);
    }

    private Set<String> supervisorGroups() {
        Set<String> groups = new HashSet<>(Set.of(Groups.CAMUNDA_ADMIN));
        for (String unitId : properties.supervisorUnits()) {
            groups.add(unitId);
            organisation.unit(unitId).map(Unit::leadersGroupId).ifPresent(groups::add);
        }
        return groups;
    }
}
