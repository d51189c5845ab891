package vn.bentre.papi.obstacles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * Which unit raises an obstacle. An official starting the process from Tasklist raises it for
 * their own unit (taken from their groups {@code <unit>} / {@code <unit>-lanh-dao}); one who
 * belongs to several units names one of them. Java callers ({@link Obstacles#raise}) start the
 * process without a user and name the unit themselves.
 */
@Component
class RaisingUnits {

    private static final String LEADERS_SUFFIX = "-lanh-dao";

    private final Organisation organisation;

    RaisingUnits(Organisation organisation) {
        this.organisation = organisation;
    }

    Unit resolve(String requestedUnitId, Authentication user) {
        if (user == null) {
            if (requestedUnitId == null) {
                throw new ObstacleInputException("Cần cho biết đơn vị phản ánh vướng mắc (unitId)");
            }
            return existing(requestedUnitId);
        }
        List<String> groups = groupsOf(user);
        if (requestedUnitId != null && groups.contains(Groups.CAMUNDA_ADMIN)) {
            return existing(requestedUnitId);
        }
        Set<String> own = new LinkedHashSet<>();
        for (String group : groups) {
            String unitId = group.endsWith(LEADERS_SUFFIX) ? group.substring(0, group.length() - LEADERS_SUFFIX.length()) : group;
            organisation.unit(unitId).ifPresent(unit -> own.add(unit.id()));
        }
        if (requestedUnitId != null) {
            if (!own.contains(requestedUnitId)) {
                throw new ObstacleInputException("Tài khoản " + user.getUserId() + " không thuộc đơn vị '" + requestedUnitId
                    + "'; chỉ phản ánh vướng mắc của đơn vị mình");
            }
            return existing(requestedUnitId);
        }
        if (own.size() == 1) {
            return existing(own.iterator().next());
        }
        if (own.isEmpty()) {
            throw new ObstacleInputException("Tài khoản " + user.getUserId() + " không thuộc đơn vị nào; "
                + "cần cho biết đơn vị phản ánh vướng mắc (unitId)");
        }
        throw new ObstacleInputException("Tài khoản " + user.getUserId() + " thuộc nhiều đơn vị (" + String.join(", ", own)
            + "); chọn đơn vị phản ánh vướng mắc (unitId)");
    }

    private Unit existing(String unitId) {
        return organisation.unit(unitId)
            .orElseThrow(() -> new ObstacleInputException("Không có đơn vị '" + unitId + "' (unitId)"));
    }

    /** The authentication's groups; looked up (without the user's own authorizations) when it carries none. */
    private static List<String> groupsOf(Authentication user) {
        if (user.getGroupIds() != null && !user.getGroupIds().isEmpty()) {
            return user.getGroupIds();
        }
        return Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
            .getIdentityService().createGroupQuery().groupMember(user.getUserId()).list().stream().map(Group::getId).toList());
    }
}
