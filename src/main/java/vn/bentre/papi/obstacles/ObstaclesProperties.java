package vn.bentre.papi.obstacles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code papi.obstacles}: due dates of every step of a case, in working days, per urgency.
 * Every value has a default; the application refuses to start when an urgent step would be
 * given longer than a normal one.
 *
 * @param normal due dates of an obstacle of normal urgency
 * @param urgent due dates of an urgent obstacle
 */
@Validated
@ConfigurationProperties("papi.obstacles.deadlines")
record ObstaclesProperties(@Valid Deadlines normal, @Valid Deadlines urgent) {

    static final Deadlines NORMAL_DEFAULTS = new Deadlines(3, 5, 3, 7, 5);
    static final Deadlines URGENT_DEFAULTS = new Deadlines(1, 2, 1, 3, 3);

    ObstaclesProperties {
        normal = normal == null ? NORMAL_DEFAULTS : normal.orElse(NORMAL_DEFAULTS);
        urgent = urgent == null ? URGENT_DEFAULTS : urgent.orElse(URGENT_DEFAULTS);
        if (urgent.triage() > normal.triage() || urgent.opinion() > normal.opinion() || urgent.answer() > normal.answer()
                || urgent.decision() > normal.decision() || urgent.acknowledge() > normal.acknowledge()) {
            throw new IllegalArgumentException("papi.obstacles.deadlines: vướng mắc khẩn không được có hạn dài hơn vướng mắc "
                + "bình thường (urgent deadlines must not exceed normal ones): normal " + normal + ", urgent " + urgent);
        }
    }

    static ObstaclesProperties defaults() {
        return new ObstaclesProperties(null, null);
    }

    Deadlines of(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgent : normal;
    }

    /**
     * Working days each step may take.
     *
     * @param triage      Sở Nội vụ triages a new or reopened case
     * @param opinion     the department asked gives its opinion
     * @param answer      Sở Nội vụ answers or proposes after receiving a department's opinion
     * @param decision    the leader of UBND tỉnh decides on Sở Nội vụ's proposal
     * @param acknowledge the raising unit acknowledges the answer (or reopens the case)
     */
    record Deadlines(@Min(1) Integer triage, @Min(1) Integer opinion, @Min(1) Integer answer, @Min(1) Integer decision,
            @Min(1) Integer acknowledge) {

        Deadlines orElse(Deadlines defaults) {
            return new Deadlines(triage == null ? defaults.triage : triage, opinion == null ? defaults.opinion : opinion,
                answer == null ? defaults.answer : answer, decision == null ? defaults.decision : decision,
                acknowledge == null ? defaults.acknowledge : acknowledge);
        }
    }
}
