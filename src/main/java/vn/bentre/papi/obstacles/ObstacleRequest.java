package vn.bentre.papi.obstacles;

/**
 * An obstacle raised from Java, e.g. one written into a periodic report.
 *
 * @param unitId         the unit that meets the obstacle (e.g. {@code xa-28756}); it receives the answer
 * @param dimensionId    the PAPI dimension it concerns (e.g. {@code TRANSPARENCY})
 * @param measureId      the catalogue measure it concerns, or null
 * @param description    what the obstacle is
 * @param proposal       what the unit proposes
 * @param urgency        null means {@link Urgency#NORMAL}
 * @param sourceReportId the report it was written into, or null
 */
public record ObstacleRequest(String unitId, String dimensionId, String measureId, String description,
        String proposal, Urgency urgency, String sourceReportId) {
}
