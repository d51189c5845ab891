package vn.bentre.papi.assessment.review;

import java.util.List;

/**
 * Everything the review report shows, read from the review's tables: the review, every unit asked
 * (in the organisation's order) with its self-assessment, and one table per dimension with a row per
 * unit that sent its self-assessment.
 */
record ReviewReportData(Review review, List<UnitRow> units, List<DimensionTable> dimensions) {

    List<UnitRow> sent() {
        return units.stream().filter(u -> u.assessment().sent()).toList();
    }

    List<UnitRow> missing() {
        return units.stream().filter(u -> !u.assessment().sent()).toList();
    }

    record UnitRow(String unitId, String unitName, SelfAssessment assessment) {
    }

    record DimensionTable(String dimensionId, String name, List<DimensionRow> rows) {

        DimensionRow total() {
            return new DimensionRow("Tổng cộng", rows.stream().mapToInt(DimensionRow::done).sum(),
                rows.stream().mapToInt(DimensionRow::inProgress).sum(), rows.stream().mapToInt(DimensionRow::notStarted).sum(),
                null);
        }
    }

    record DimensionRow(String unitName, int done, int inProgress, int notStarted, String assessment) {

        int total() {
            return done + inProgress + notStarted;
        }
    }
}
