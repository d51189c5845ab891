package vn.bentre.papi.assessment.review;

import java.util.Date;

/** A unit's self-assessment as {@code rev_self_assessment} holds it. */
record SelfAssessment(String reviewId, String unitId, String processInstanceId, String status, int rounds,
        Date submittedAt, Date signedAt, String documentNumber, Integer reportsOnTime, Integer reportsLate,
        Integer reportsMissing, String overall, String difficulties, String proposals, String communesSummary) {

    static final String PENDING = "PENDING";
    static final String DRAFTING = "DRAFTING";
    static final String SUBMITTED = "SUBMITTED";
    static final String RETURNED = "RETURNED";
    static final String SIGNED = "SIGNED";
    static final String MISSING = "MISSING";

    /** Sent: signed off by the unit's head before the deadline. */
    boolean sent() {
        return SIGNED.equals(status);
    }
}
