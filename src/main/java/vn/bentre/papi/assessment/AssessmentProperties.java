package vn.bentre.papi.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code papi.assessment}. Every value has a default.
 *
 * @param provinceCount how many provinces PAPI ranks (the results form's default: 63)
 * @param deadlines     working days each step may take
 */
@Validated
@ConfigurationProperties("papi.assessment")
record AssessmentProperties(@Min(1) Integer provinceCount, @Valid Deadlines deadlines) {

    AssessmentProperties {
        provinceCount = provinceCount == null ? 63 : provinceCount;
        deadlines = deadlines == null ? new Deadlines(null, null, null, null) : deadlines;
    }

    /**
     * @param results       Sở Nội vụ enters the published results
     * @param proposal      each lead unit proposes corrective measures for a missed dimension
     * @param consolidation Sở Nội vụ consolidates the proposals (again after a return)
     * @param approval      the leader of UBND tỉnh approves or returns them
     */
    record Deadlines(@Min(1) Integer results, @Min(1) Integer proposal, @Min(1) Integer consolidation,
            @Min(1) Integer approval) {
        Deadlines {
            results = results == null ? 5 : results;
            proposal = proposal == null ? 10 : proposal;
            consolidation = consolidation == null ? 5 : consolidation;
            approval = approval == null ? 5 : approval;
        }
    }
}
