package vn.bentre.papi.obstacles;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.bentre.papi.reporting.ObstaclesReported;

/**
 * Every obstacle written into an accepted periodic report becomes a case of its own, linked back
 * to the report. Runs in the transaction that accepts the report: if a case cannot be opened the
 * acceptance rolls back with it, so no obstacle is silently dropped.
 */
@Component
class RaiseReportedObstacles {

    private final Obstacles obstacles;

    RaiseReportedObstacles(Obstacles obstacles) {
        this.obstacles = obstacles;
    }

    /** A report may list an obstacle without a proposal; a case needs one, so it says so. */
    static final String NO_PROPOSAL = "Đơn vị chưa nêu đề xuất trong báo cáo";

    @EventListener
    void on(ObstaclesReported event) {
        for (ObstaclesReported.Obstacle obstacle : event.obstacles()) {
            String proposal = obstacle.proposal() == null || obstacle.proposal().isBlank() ? NO_PROPOSAL : obstacle.proposal();
            obstacles.raise(new ObstacleRequest(event.unitId(), obstacle.dimensionId(), null, obstacle.description(),
                proposal, Urgency.NORMAL, event.reportId()));
        }
    }
}
