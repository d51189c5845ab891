package vn.bentre.papi.reporting;

import java.util.Date;

import vn.bentre.papi.calendar.PeriodType;
import vn.bentre.papi.calendar.ReportingPeriod;

/** A row of {@code rpt_cycle}: one period's reporting, from opening to UBND tỉnh's decision. */
record Cycle(String id, PeriodType periodType, int periodYear, String processInstanceId, String openedBy,
        boolean openedAutomatically, Date openedAt, Date communeDeadline, Date districtDeadline,
        Date departmentDeadline, Date provinceDeadline, String status, String decision, String decidedBy,
        Date decidedAt, String decisionNote, Date closedAt) {

    static final String OPEN = "OPEN";
    static final String CONSOLIDATING = "CONSOLIDATING";
    static final String CONSOLIDATED = "CONSOLIDATED";
    static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    static final String DIRECTED = "DIRECTED";
    static final String CLOSED = "CLOSED";

    ReportingPeriod period() {
        return new ReportingPeriod(periodType, periodYear);
    }
}
