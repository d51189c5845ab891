package vn.bentre.papi.assessment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of the results form: a dimension's score (1–10) and group in the assessed year. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DimensionResultEntry(String dimensionId, BigDecimal score, String group) {
}
