package vn.bentre.papi.assessment.review;

/**
 * A unit's measures of one PAPI dimension: as the unit stated them, and as the outcome tables gave
 * them ({@code system*}) when the self-assessment opened. A district's include its communes'.
 */
record DimensionAssessment(String unitId, String dimensionId, int done, int inProgress, int notStarted,
        int systemDone, int systemInProgress, int systemNotStarted, String assessment) {

    int total() {
        return done + inProgress + notStarted;
    }
}
