/**
 * Obstacles (vướng mắc) met while carrying out the plan, which units raise to the Provincial
 * People's Committee through Sở Nội vụ for a timely answer (closing paragraph of plan
 * 4129/KH-UBND). One {@code papi-obstacle} instance per case: Sở Nội vụ triages it (answers it
 * itself, asks a competent department's opinion, or proposes a decision to UBND tỉnh), the raising
 * unit acknowledges the answer and may reopen the case once.
 * <p>
 * Public: {@link vn.bentre.papi.obstacles.Obstacles#raise(ObstacleRequest)} (other features, such
 * as reporting, raise an obstacle in their own transaction), {@link vn.bentre.papi.obstacles.ObstacleRequest},
 * {@link vn.bentre.papi.obstacles.Urgency}, {@link vn.bentre.papi.obstacles.ObstacleRoute}.
 * Tables {@code obs_obstacle} and {@code obs_step} are internal (docs/obstacles.md).
 */
package vn.bentre.papi.obstacles;
