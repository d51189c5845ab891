package vn.bentre.papi.reporting;

import java.util.List;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of {@code papi.reporting} (docs/reporting.md).
 *
 * @param autoOpen                  whether the timer of {@code papi-reporting-cycle} opens each period at its cut-off;
 *                                  off, only Sở Nội vụ opens periods (Tasklist or REST)
 * @param excludedUnits             departments that write no report of their own: by default the Fatherland Front,
 *                                  which the plan asks (III.6) rather than orders
 * @param directionDueWorkingDays   a direction of UBND tỉnh without a date of its own is due this many working days later
 */
@Validated
@ConfigurationProperties("papi.reporting")
record ReportingProperties(
        @DefaultValue("true") boolean autoOpen,
        List<String> excludedUnits,
        @Positive @DefaultValue("10") int directionDueWorkingDays) {

    ReportingProperties {
        excludedUnits = excludedUnits == null ? List.of("mttq-tinh") : List.copyOf(excludedUnits);
    }
}
