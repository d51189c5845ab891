package vn.bentre.papi.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.bentre.papi.dashboard.Viewer.Scope;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.OrganisationProperties;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/** The {@link Viewer} behind the current request, from the user and groups {@code ApiAuthenticationFilter} set. */
@Component
class ViewerResolver {

    static final String LEADERS_SUFFIX = "-lanh-dao";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final Organisation organisation;
    private final OrganisationProperties properties;

    ViewerResolver(IdentityService identity, AuthorizationService authorizations, Organisation organisation,
            OrganisationProperties properties) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.organisation = organisation;
        this.properties = properties;
    }

    Viewer current() {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw new IllegalStateException("Không có người dùng đã đăng nhập (no authenticated user)");
        }
        return of(user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
    }

    Viewer of(String userId, List<String> groupIds) {
        boolean cockpit = authorizations.isUserAuthorized(userId, groupIds, Permissions.ACCESS, Resources.APPLICATION, "cockpit");
        if (groupIds.stream().anyMatch(supervisorGroups()::contains)) {
            return new Viewer(userId, Scope.PROVINCE, "Toàn tỉnh", Set.of(), cockpit);
        }
        Set<Unit> districts = new LinkedHashSet<>();
        Set<Unit> ownUnits = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            boolean leaders = groupId.endsWith(LEADERS_SUFFIX);
            String unitId = leaders ? groupId.substring(0, groupId.length() - LEADERS_SUFFIX.length()) : groupId;
            Optional<Unit> unit = organisation.unit(unitId);
            if (unit.isEmpty()) {
                continue;
            }
            if (unit.get().level() == UnitLevel.DISTRICT_OFFICE) {
                organisation.unit(unit.get().parentId()).ifPresent(districts::add);
            } else if (leaders && unit.get().level() == UnitLevel.DISTRICT) {
                districts.add(unit.get());
            } else {
                ownUnits.add(unit.get());
            }
        }
        Set<String> unitIds = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (Unit district : districts) {
            unitIds.add(district.id());
            organisation.units(null, district.id()).forEach(child -> unitIds.add(child.id()));
            labels.add("Địa bàn " + withoutCommittee(district.name()));
        }
        for (Unit unit : ownUnits) {
            if (unitIds.add(unit.id())) {
                labels.add(unit.name());
            }
        }
        Scope scope = !districts.isEmpty() ? Scope.DISTRICT : !ownUnits.isEmpty() ? Scope.UNIT : Scope.NONE;
        String label = labels.isEmpty() ? "Không thuộc đơn vị nào" : String.join("; ", labels);
        return new Viewer(userId, scope, label, unitIds, cockpit);
    }

    private Set<String> supervisorGroups() {
        Set<String> groups = new HashSet<>(Set.of(Groups.CAMUNDA_ADMIN));
        for (String unitId : properties.supervisorUnits()) {
            groups.add(unitId);
            groups.add(unitId + LEADERS_SUFFIX);
        }
        return groups;
    }

    /** "UBND huyện Chợ Lách" → "huyện Chợ Lách". */
    static String withoutCommittee(String name) {
        return name.startsWith("UBND ") ? name.substring(5) : name;
    }
}
