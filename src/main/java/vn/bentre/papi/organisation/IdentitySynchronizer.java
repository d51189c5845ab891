package vn.bentre.papi.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups and users in step with the organisation: the groups {@code <unit>} and
 * {@code <unit>-lanh-dao} for every unit, the administrator, and in demo mode the users
 * {@code <unit>-cv} and {@code <unit>-ld}. Users an administrator created or edited are never touched.
 */
@Component
class IdentitySynchronizer {

    static final String ADMIN_USER = "admin";
    static final String OFFICIAL_SUFFIX = "-cv";
    static final String LEADER_SUFFIX = "-ld";
    private static final String WORKFLOW_GROUP = "WORKFLOW";

    private final IdentityService identity;
    private final OrganisationProperties properties;

    IdentitySynchronizer(IdentityService identity, OrganisationProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    /** @return how many groups, users and memberships were created or changed */
    int synchronise(List<Unit> units) {
        Map<String, Group> groups = identity.createGroupQuery().list().stream()
            .collect(Collectors.toMap(Group::getId, Function.identity()));
        int changes = 0;
        changes += saveGroup(groups, Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
        for (Unit unit : units) {
            changes += saveGroup(groups, unit.officialsGroupId(), unit.name(), WORKFLOW_GROUP);
            changes += saveGroup(groups, unit.leadersGroupId(), "Lãnh đạo " + unit.name(), WORKFLOW_GROUP);
        }
        Set<String> users = identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toSet());
        changes += saveAdmin(users.contains(ADMIN_USER));
        if (properties.demoUsers().enabled()) {
            for (Unit unit : units) {
                changes += createDemoUser(users, unit.id() + OFFICIAL_SUFFIX, "Cán bộ", unit, unit.officialsGroupId());
                changes += createDemoUser(users, unit.id() + LEADER_SUFFIX, "Lãnh đạo", unit,
                    unit.officialsGroupId(), unit.leadersGroupId());
            }
        }
        return changes;
    }

    private int saveGroup(Map<String, Group> groups, String id, String name, String type) {
        Group group = groups.get(id);
        if (group != null && Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
            return 0;
        }
        if (group == null) {
            group = identity.newGroup(id);
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
        return 1;
    }

    /**
     * The administrator's password follows the environment at every start, so an operator who
     * rotates PAPI_ADMIN_PASSWORD gets what they set (the starter's admin-user never updates).
     */
    private int saveAdmin(boolean exists) {
        String password = properties.adminPassword();
        if (exists) {
            if (identity.checkPassword(ADMIN_USER, password)) {
                return 0;
            }
            User admin = identity.createUserQuery().userId(ADMIN_USER).singleResult();
            admin.setPassword(password);
            identity.saveUser(admin);
            return 1;
        }
        User admin = identity.newUser(ADMIN_USER);
        admin.setFirstName("Quản trị");
        admin.setLastName("hệ thống");
        admin.setPassword(password);
        identity.saveUser(admin);
        identity.createMembership(ADMIN_USER, Groups.CAMUNDA_ADMIN);
        return 1;
    }

    private int createDemoUser(Set<String> existing, String userId, String role, Unit unit, String... groupIds) {
        if (existing.contains(userId)) {
            return 0;
        }
        User user = identity.newUser(userId);
        user.setFirstName(role);
        user.setLastName(unit.name());
        user.setEmail(userId + "@" + properties.demoUsers().mailDomain());
        user.setPassword(properties.demoUsers().password());
        identity.saveUser(user);
        for (String groupId : groupIds) {
            identity.createMembership(userId, groupId);
        }
        return 1;
    }
}
