package vn.bentre.papi.obstacles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bentre.papi.reporting.ObstaclesReported;
import vn.bentre.papi.support.Cleanup;

/** An obstacle written into an accepted report opens its own case, linked back to the report. */
@SpringBootTest
@ActiveProfiles("test")
class RaiseReportedObstaclesTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired ProcessEngine engine;

    @AfterEach
    void tearDown() {
        Cleanup.deleteInstances(engine, Obstacles.PROCESS_KEY);
    }

    @Test
    void shouldOpenOneCasePerReportedObstacleForSoNoiVuToTriage() {
        transaction.executeWithoutResult(status -> events.publishEvent(new ObstaclesReported("2016-Q1:xa-28756", "xa-28756",
            List.of(new ObstaclesReported.Obstacle(1, "ADMIN_PROCEDURES", "Đường truyền mạng tại Bộ phận một cửa chập chờn",
                    "Đề nghị Sở TT&TT hỗ trợ"),
                new ObstaclesReported.Obstacle(2, "TRANSPARENCY", "Chưa có bảng niêm yết tại ấp", null)))));

        List<Map<String, Object>> cases = jdbc.sql("select * from obs_obstacle where source_report_id = ? order by dimension_id")
            .param("2016-Q1:xa-28756").query().listOfRows();
        assertThat(cases).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("UNIT_ID", "xa-28756"));
        assertThat(cases.get(0)).containsEntry("DIMENSION_ID", "ADMIN_PROCEDURES").containsEntry("PROPOSAL", "Đề nghị Sở TT&TT hỗ trợ");
        assertThat(cases.get(1)).containsEntry("PROPOSAL", RaiseReportedObstacles.NO_PROPOSAL);
        String[] caseIds = cases.stream().map(c -> c.get("PROCESS_INSTANCE_ID").toString()).toArray(String[]::new);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(caseIds)
            .taskCandidateGroup("so-noi-vu").count()).isEqualTo(2);
    }
}
