package vn.bentre.papi.obstacles;

import java.sql.Timestamp;
import java.util.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code obs_obstacle} (one row per case) and {@code obs_step} (what happened, in order).
 * Written by the diagram's delegates in the engine's transaction; the dashboard's source.
 */
@Repository
class ObstacleRepository {

    private final JdbcClient jdbc;

    ObstacleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(String processInstanceId, RaisedObstacle obstacle, Date at) {
        jdbc.sql("insert into obs_obstacle (process_instance_id, unit_id, dimension_id, measure_id, description, proposal, "
                + "urgency, source_report_id, raised_by, raised_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TRIAGE')")
            .params(processInstanceId, obstacle.unitId(), obstacle.dimensionId(), obstacle.measureId(), obstacle.description(),
                obstacle.proposal(), obstacle.urgency().name(), obstacle.sourceReportId(), obstacle.raisedBy(), ts(at))
            .update();
        step(processInstanceId, "RAISED", obstacle.unitId(), obstacle.raisedBy(), at, obstacle.description());
    }

    void step(String processInstanceId, String step, String unitId, String actor, Date at, String text) {
        jdbc.sql("insert into obs_step (process_instance_id, step, unit_id, actor, happened_at, text) values (?, ?, ?, ?, ?, ?)")
            .params(processInstanceId, step, unitId, actor, ts(at), text).update();
    }

    void status(String processInstanceId, String status) {
        jdbc.sql("update obs_obstacle set status = ? where process_instance_id = ?").params(status, processInstanceId).update();
    }

    void opinionGiven(String processInstanceId) {
        jdbc.sql("update obs_obstacle set status = 'TRIAGE', opinions = opinions + 1 where process_instance_id = ?")
            .param(processInstanceId).update();
    }

    void answer(String processInstanceId, ObstacleRoute route, String answer, Date at, int resolutionWorkingDays) {
        jdbc.sql("update obs_obstacle set status = 'ANSWERED', route = ?, answer = ?, answered_at = ?, "
                + "first_answered_at = coalesce(first_answered_at, ?), resolution_working_days = ? where process_instance_id = ?")
            .params(route.name(), answer, ts(at), ts(at), resolutionWorkingDays, processInstanceId).update();
    }

    void reopen(String processInstanceId, String reason) {
        jdbc.sql("update obs_obstacle set status = 'TRIAGE', reopened = true, reopen_reason = ? where process_instance_id = ?")
            .params(reason, processInstanceId).update();
    }

    void close(String processInstanceId, Date at) {
        jdbc.sql("update obs_obstacle set status = 'CLOSED', closed_at = ? where process_instance_id = ?")
            .params(ts(at), processInstanceId).update();
    }

    /** @return how many times this case has now been escalated */
    int escalate(String processInstanceId) {
        jdbc.sql("update obs_obstacle set escalations = escalations + 1 where process_instance_id = ?").param(processInstanceId).update();
        return jdbc.sql("select escalations from obs_obstacle where process_instance_id = ?").param(processInstanceId)
            .query(Integer.class).single();
    }

    Date raisedAt(String processInstanceId) {
        return jdbc.sql("select raised_at from obs_obstacle where process_instance_id = ?").param(processInstanceId)
            .query(Timestamp.class).single();
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
