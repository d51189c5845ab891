package vn.bentre.papi.reporting;

import java.util.List;
import java.util.Objects;

/**
 * Published when a report that lists obstacles (vướng mắc) is accepted by its reviewer: once per
 * report, inside the engine's transaction that records the acceptance (a listener that writes in
 * that transaction rolls back with it; use {@code @TransactionalEventListener} to act after the
 * commit). The obstacles are also in table {@code rpt_obstacle}, keyed by report id and position.
 * The obstacle feature ({@code papi-obstacle}) is meant to start one case per obstacle from here.
 *
 * @param reportId  the report, e.g. "2016-Q1:xa-28756" (also the business key of its {@code papi-unit-report})
 * @param unitId    the unit that reported them
 * @param obstacles in the order the unit listed them
 */
public record ObstaclesReported(String reportId, String unitId, List<Obstacle> obstacles) {

    public ObstaclesReported {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(unitId, "unitId");
        obstacles = List.copyOf(obstacles);
    }

    /**
     * @param position    1, 2, … within the report: with the report id, the obstacle's identity
     * @param dimensionId the PAPI dimension it concerns ({@code PARTICIPATION} …)
     * @param proposal    what the unit proposes, or null
     */
    public record Obstacle(int position, String dimensionId, String description, String proposal) {
    }
}
