package vn.bentre.papi.reporting;

import java.util.Date;

import vn.bentre.papi.calendar.ReportingLevel;

/**
 * A row of {@code rpt_unit_report}: one unit's report in one cycle.
 *
 * @param rounds       submissions so far (a return by the head or the reviewer starts a new round)
 * @param reviewRounds decisions of the reviewer so far
 */
record UnitReport(String id, String cycleId, String unitId, ReportingLevel level, String consolidationId,
        String reviewerId, String processInstanceId, ReportStatus status, Date dueAt, Date firstSubmittedAt,
        Date lastSubmittedAt, Boolean onTime, int rounds, int reviewRounds, Date acceptedAt, Date addendumAt) {

    static String id(String cycleId, String unitId) {
        return cycleId + ":" + unitId;
    }

    Timeliness timeliness(Date now) {
        return Timeliness.of(firstSubmittedAt, dueAt, now);
    }

    boolean accepted() {
        return status == ReportStatus.ACCEPTED;
    }
}
