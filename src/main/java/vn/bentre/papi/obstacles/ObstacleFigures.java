package vn.bentre.papi.obstacles;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts of obstacle cases for summaries (the Cockpit panel, the dashboard). */
@Service
public class ObstacleFigures {

    private final JdbcClient jdbc;

    ObstacleFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases not yet acknowledged by their unit, in the whole province. */
    public long openCases() {
        return jdbc.sql("select count(*) from obs_obstacle where status <> 'CLOSED'").query(Long.class).single();
    }

    /** Open cases raised by the given units. */
    public long openCasesOf(Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from obs_obstacle where status <> 'CLOSED' and unit_id in (:units)")
            .param("units", unitIds).query(Long.class).single();
    }
}
