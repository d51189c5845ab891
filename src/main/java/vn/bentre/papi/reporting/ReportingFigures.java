package vn.bentre.papi.reporting;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.bentre.papi.calendar.PeriodType;
import vn.bentre.papi.calendar.ReportingPeriod;

/** Summaries of the reporting cycles (the Cockpit panel, the dashboard). */
@Service
public class ReportingFigures {

    private final JdbcClient jdbc;

    ReportingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param cycleId  the period, e.g. "2016-Q1"
     * @param expected reports the cycle waits for
     * @param onTime   reports first submitted by their due date
     */
    public record CycleTimeliness(String cycleId, String periodLabel, long expected, long onTime) {
        public double onTimeShare() {
            return expected == 0 ? 0 : (double) onTime / expected;
        }
    }

    /** The most recently opened cycle: how many of its reports came on time. */
    public Optional<CycleTimeliness> latestCycle() {
        return jdbc.sql("select id, period_type, period_year from rpt_cycle order by opened_at desc")
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().stream().findFirst()
            .map(cycle -> new CycleTimeliness(cycle[0],
                new ReportingPeriod(PeriodType.valueOf(cycle[1]),
                    Integer.parseInt(cycle[2])).label(),
                jdbc.sql("select count(*) from rpt_unit_report where cycle_id = ?").param(cycle[0]).query(Long.class).single(),
                jdbc.sql("select count(*) from rpt_unit_report where cycle_id = ? and on_time = true").param(cycle[0])
                    .query(Long.class).single()));
    }
}
