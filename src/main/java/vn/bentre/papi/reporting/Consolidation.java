package vn.bentre.papi.reporting;

import java.util.Date;

/**
 * A row of {@code rpt_consolidation}: a district's Phòng Nội vụ consolidating its communes, or Sở
 * Nội vụ consolidating departments and districts for UBND tỉnh.
 *
 * @param collectUntil reports are awaited until then; afterwards the consolidation goes ahead with what arrived
 * @param dueAt        when the consolidated report itself is due
 */
record Consolidation(String id, String cycleId, Level level, String scopeUnitId, String consolidatorId,
        String processInstanceId, Date collectUntil, Date dueAt, String status, Date startedAt, Date completedAt,
        String completedBy, Boolean onTime, String documentNumber, String summary) {

    enum Level { DISTRICT, PROVINCE }

    static final String WAITING = "WAITING";
    static final String OPEN = "OPEN";
    static final String DONE = "DONE";

    static final String PROVINCE_SCOPE = "ubnd-tinh";

    static String id(String cycleId, String scopeUnitId) {
        return cycleId + ":" + scopeUnitId;
    }

    boolean done() {
        return DONE.equals(status);
    }

    /** The message that starts the consolidation early, once every awaited report is in. */
    String completeMessage() {
        return level == Level.DISTRICT ? "districtReportsComplete" : "provinceReportsComplete";
    }
}
