package vn.bentre.papi.assessment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One consolidated corrective measure: the dimension it corrects, what is to be done, and its lead
 * units (unit ids or the catalogue's tokens {@code @all}, {@code @departments}, {@code @districts},
 * {@code @communes}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CorrectiveMeasureEntry(String dimensionId, String text, List<String> leadUnits) {
}
