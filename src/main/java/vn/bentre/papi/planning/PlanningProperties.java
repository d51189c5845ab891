package vn.bentre.papi.planning;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rolloutExcludedUnits units that write no implementation plan of their own: by default the
 *                             Fatherland Front, which the plan asks (III.6) rather than orders
 */
@ConfigurationProperties("papi.planning")
record PlanningProperties(List<String> rolloutExcludedUnits) {

    PlanningProperties {
        rolloutExcludedUnits = rolloutExcludedUnits == null ? List.of("mttq-tinh") : List.copyOf(rolloutExcludedUnits);
    }
}
