package vn.bentre.papi.obstacles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.PostgresTest;

/** {@code papi-obstacle} and its tables on PostgreSQL: a department's opinion, a reopen, the escalation timer. */
@PostgresTest
class ObstaclePostgresIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired Obstacles obstacles;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, Obstacles.PROCESS_KEY);
    }

    @Test
    void shouldRecordACaseFromRaisingToClosing() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(PapiObstacleProcessTests.NOW);
        ObstacleDriver cases = new ObstacleDriver(engine, obstacles);
        ProcessInstance instance = cases.raise(ObstacleDriver.COMMUNE, Urgency.URGENT);

        ClockUtil.setCurrentTime(PapiObstacleProcessTests.endOfDay(3, 9));
        assertThat(cases.runJobs(instance)).isEqualTo(1);
        cases.askDepartment(instance, "so-tai-chinh");
        cases.giveOpinion(instance, "Ý kiến của Sở Tài chính");
        cases.answer(instance, "Trả lời theo ý kiến của Sở Tài chính");
        cases.notResolved(instance, "Chưa rõ");
        cases.proposeToProvince(instance);
        cases.decide(instance, "UBND tỉnh quyết định", "99/UBND");
        cases.acknowledge(instance);

        assertThat(instance).isEnded();
        Map<String, Object> row = jdbc.sql("select * from obs_obstacle where process_instance_id = ?").param(instance.getId())
            .query().singleRow();
        assertThat(row).containsEntry("status", "CLOSED").containsEntry("route", "PROVINCE_DECISION").containsEntry("reopened", true)
            .containsEntry("opinions", 1).containsEntry("escalations", 1).containsEntry("resolution_working_days", 2);
        assertThat(jdbc.sql("select count(*) from obs_step where process_instance_id = ?").param(instance.getId())
            .query(Integer.class).single()).isEqualTo(10);
    }
}
