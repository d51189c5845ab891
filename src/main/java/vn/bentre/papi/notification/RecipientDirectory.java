package vn.bentre.papi.notification;

import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * E-mail addresses of Camunda users and group members, read through the IdentityService so that
 * an LDAP identity provider works as well as the database one. Users without an address are
 * left out; the result is ordered by user id so that outbox rows are reproducible.
 */
@Component
class RecipientDirectory {

    private final IdentityService identity;
    private final WithoutAuthorization withoutAuthorization;

    RecipientDirectory(IdentityService identity, WithoutAuthorization withoutAuthorization) {
        this.identity = identity;
        this.withoutAuthorization = withoutAuthorization;
    }

    List<String> emails(Collection<String> groupIds, Collection<String> userIds) {
        return withoutAuthorization.call(() -> {
            TreeMap<String, String> byUser = new TreeMap<>();
            for (String groupId : groupIds) {
                identity.createUserQuery().memberOfGroup(groupId).list().forEach(user -> add(byUser, user));
            }
            for (String userId : userIds) {
                add(byUser, identity.createUserQuery().userId(userId).singleResult());
            }
            return byUser.values().stream().distinct().toList();
        });
    }

    private static void add(TreeMap<String, String> byUser, User user) {
        if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
            byUser.put(user.getId(), user.getEmail().trim());
        }
    }
}
