package vn.bentre.papi.planning;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of a unit's plan, as the draft form submits it: a catalogue measure and what the unit will do. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanMeasureEntry(String measureId, String action, String responsible, String deadline, BigDecimal estimatedCost) {
}
