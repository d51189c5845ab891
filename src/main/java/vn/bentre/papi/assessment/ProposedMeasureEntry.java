package vn.bentre.papi.assessment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One corrective measure a lead unit proposes for a missed dimension. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProposedMeasureEntry(String text) {
}
