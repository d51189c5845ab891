package vn.bentre.papi.obstacles;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Raising an obstacle from Java. Reporting calls {@link #raise} for every obstacle a unit writes
 * into a periodic report, from a listener of its {@code ObstaclesReported} event.
 */
@Service
public class Obstacles {

    /** Key of the process that carries one case. */
    public static final String PROCESS_KEY = "papi-obstacle";
    /** Who triages every obstacle (plan 4129, closing paragraph: "thông qua Sở Nội vụ"). */
    static final String TRIAGE_UNIT = "so-noi-vu";

    private final RuntimeService runtime;
    private final IdentityService identity;

    Obstacles(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /**
     * Opens a case: starts {@code papi-obstacle} in the caller's transaction (if the caller's
     * transaction rolls back, no case exists), which checks the request, records it and gives
     * Sở Nội vụ its triage task. The case is the named unit's: it is not checked against the
     * groups of the user behind the call, who is recorded as {@code raised_by}.
     *
     * @return the case id (the process instance id)
     * @throws ObstacleInputException if the request is incomplete or names an unknown unit,
     *                                dimension or measure (a measure of another dimension too)
     */
    public String raise(ObstacleRequest request) {
        Objects.requireNonNull(request, "request");
        Map<String, Object> variables = new HashMap<>();
        variables.put("unitId", request.unitId());
        variables.put("dimensionId", request.dimensionId());
        variables.put("measureId", request.measureId());
        variables.put("obstacleDescription", request.description());
        variables.put("obstacleProposal", request.proposal());
        variables.put("urgency", (request.urgency() == null ? Urgency.NORMAL : request.urgency()).name());
        variables.put("sourceReportId", request.sourceReportId());
        Authentication caller = identity.getCurrentAuthentication();
        variables.put("raisedBy", caller == null ? null : caller.getUserId());
        // Without a user the start delegate takes unitId as given instead of checking it against the user's groups.
        identity.clearAuthentication();
        try {
            return runtime.startProcessInstanceByKey(PROCESS_KEY, request.unitId(), variables).getId();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
