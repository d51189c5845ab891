package vn.bentre.papi.webapps;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets groups see a shared filter in Tasklist: Tasklist lists only filters the user may READ.
 * Grants are added, never removed, like the organisation's own authorizations.
 */
@Component
class FilterReadGrants {

    private final AuthorizationService authorizations;

    FilterReadGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** @return how many authorizations were created or widened */
    int grant(String filterId, Collection<String> groupIds) {
        Map<String, Authorization> existing = authorizations.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .resourceType(Resources.FILTER).resourceId(filterId).list().stream()
            .filter(a -> a.getGroupId() != null)
            .collect(Collectors.toMap(Authorization::getGroupId, Function.identity(), (a, b) -> a));
        int changes = 0;
        for (String groupId : groupIds) {
            Authorization authorization = existing.get(groupId);
            if (authorization != null && authorization.isPermissionGranted(Permissions.READ)) {
                continue;
            }
            if (authorization == null) {
                authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(groupId);
                authorization.setResource(Resources.FILTER);
                authorization.setResourceId(filterId);
            }
            authorization.addPermission(Permissions.READ);
            authorizations.saveAuthorization(authorization);
            changes++;
        }
        return changes;
    }
}
