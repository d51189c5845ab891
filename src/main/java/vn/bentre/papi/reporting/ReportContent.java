package vn.bentre.papi.reporting;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a unit reports in one submission, as the form {@code write-unit-report} submits it (after the
 * server's checks): progress per plan measure, a summary per PAPI dimension, the figures, obstacles.
 *
 * @param figures by {@link ReportFigure#key()}; a figure left empty (does not apply to the unit) is absent
 */
record ReportContent(List<MeasureLine> measures, List<DimensionLine> dimensions, Map<String, Long> figures,
        List<ObstacleLine> obstacles, String notes) {

    /** Progress of one measure: {@code status} DONE, IN_PROGRESS or NOT_STARTED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasureLine(String measureId, String status, String result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DimensionLine(String dimensionId, String summary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObstacleLine(String dimensionId, String description, String proposal) {
    }
}
