package vn.bentre.papi.obstacles;

/** How the answer a unit received came about; recorded with every answer in {@code obs_obstacle.route}. */
public enum ObstacleRoute {
    /** Sở Nội vụ answered within its own competence. */
    OWN_ANSWER,
    /** Sở Nội vụ answered after a competent department gave its opinion. */
    DEPARTMENT_OPINION,
    /** The leader of UBND tỉnh decided on Sở Nội vụ's proposal. */
    PROVINCE_DECISION
}
