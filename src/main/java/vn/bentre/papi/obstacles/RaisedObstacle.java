package vn.bentre.papi.obstacles;

/** A checked obstacle as it is recorded when its case opens. */
record RaisedObstacle(String unitId, String dimensionId, String measureId, String description, String proposal,
        Urgency urgency, String sourceReportId, String raisedBy) {
}
