package vn.bentre.papi.organisation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * Least privilege per DESIGN.md §2, granted to groups so that adding a user to a unit's group is
 * all an administrator does:
 * <ul>
 * <li>every unit's groups: Tasklist, and reading process definitions (names and forms in Tasklist);
 *     tasks themselves are visible only through Camunda's default task permissions, that is to
 *     their candidate groups and assignee;</li>
 * <li>supervisor units (Sở Nội vụ, UBND tỉnh): Cockpit and read access to every plan process;</li>
 * <li>the units named in {@code papi.organisation.process-starters}: starting those processes;</li>
 * <li>{@code camunda-admin}: everything.</li>
 * </ul>
 * Only administrators deploy: nobody else holds a deployment permission.
 */
@Component
class AuthorizationSynchronizer {

    private static final String ANY = Authorization.ANY;

    static final List<Grant> OFFICIAL = List.of(
        new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
        new Grant(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));

    static final List<Grant> SUPERVISOR = List.of(
        new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
        new Grant(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK),
        new Grant(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
        new Grant(Resources.TASK, ANY, TaskPermissions.READ),
        new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
        new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
        new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ));

    static final List<Grant> ADMINISTRATOR = Arrays.stream(Resources.values())
        .map(resource -> new Grant(resource, ANY, Permissions.ALL)).toList();

    /** Starting a process needs both: creating an instance at all, and of this definition. */
    static List<Grant> starter(String processKey) {
        return List.of(
            new Grant(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE),
            new Grant(Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE));
    }

    private final AuthorizationService authorizations;
    private final OrganisationProperties properties;

    AuthorizationSynchronizer(AuthorizationService authorizations, OrganisationProperties properties) {
        this.authorizations = authorizations;
        this.properties = properties;
    }

    /** @return how many authorizations were created or widened */
    int synchronise(List<Unit> units) {
        Map<Target, Map<String, Set<Permission>>> wanted = new LinkedHashMap<>();
        want(wanted, ADMINISTRATOR, List.of(Groups.CAMUNDA_ADMIN));
        for (Unit unit : units) {
            List<String> groups = List.of(unit.officialsGroupId(), unit.leadersGroupId());
            want(wanted, OFFICIAL, groups);
            if (properties.supervisorUnits().contains(unit.id())) {
                want(wanted, SUPERVISOR, groups);
            }
            for (String processKey : properties.processesStartableBy(unit.id())) {
                want(wanted, starter(processKey), groups);
            }
        }
        int changes = 0;
        for (var entry : wanted.entrySet()) {
            changes += grant(entry.getKey(), entry.getValue());
        }
        return changes;
    }

    private static void want(Map<Target, Map<String, Set<Permission>>> wanted, List<Grant> grants, List<String> groupIds) {
        for (Grant grant : grants) {
            Map<String, Set<Permission>> byGroup = wanted.computeIfAbsent(grant.target(), t -> new LinkedHashMap<>());
            groupIds.forEach(groupId -> byGroup.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).addAll(grant.permissions()));
        }
    }

    private int grant(Target target, Map<String, Set<Permission>> permissionsByGroup) {
        Map<String, Authorization> existing = new HashMap<>();
        for (Authorization authorization : authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(target.resource()).resourceId(target.resourceId()).list()) {
            if (authorization.getGroupId() != null) {
                existing.put(authorization.getGroupId(), authorization);
            }
        }
        int changes = 0;
        for (var entry : permissionsByGroup.entrySet()) {
            Authorization authorization = existing.get(entry.getKey());
            if (authorization != null && entry.getValue().stream().allMatch(authorization::isPermissionGranted)) {
                continue;
            }
            if (authorization == null) {
                authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(entry.getKey());
                authorization.setResource(target.resource());
                authorization.setResourceId(target.resourceId());
            }
            entry.getValue().forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
            changes++;
        }
        return changes;
    }

    record Target(Resources resource, String resourceId) {
    }

    record Grant(Target target, List<Permission> permissions) {
        Grant(Resources resource, String resourceId, Permission... permissions) {
            this(new Target(resource, resourceId), List.of(permissions));
        }
    }
}
