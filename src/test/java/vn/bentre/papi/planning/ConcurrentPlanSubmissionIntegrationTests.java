package vn.bentre.papi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.EngineRestClient;
import vn.bentre.papi.support.Jobs;
import vn.bentre.papi.support.PostgresTest;

/**
 * Sixteen communes of one district submit, sign and get approved at the same moment over
 * /engine-rest on PostgreSQL. Their plans are siblings under the district's multi-instance call
 * activity: DESIGN.md §5's asynchronous boundaries must keep every official's request from
 * colliding with the others.
 */
@PostgresTest
class ConcurrentPlanSubmissionIntegrationTests {

    static final String DISTRICT = "huyen-836";
    static final int OFFICIALS = 16;

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, UnitPlanDriver.PROCESS);
    }

    @Test
    void shouldAcceptSixteenSimultaneousSubmissionsSignaturesAndApprovalsAndRecordEachOnce() throws Exception {
        var driver = new UnitPlanDriver(engine);
        ProcessInstance district = driver.start(DISTRICT, UnitPlanDriver.deadline(LocalDate.now().plusMonths(1)));
        Jobs.runAll(engine.getManagementService());
        List<ProcessInstance> communes = engine.getRuntimeService().createProcessInstanceQuery()
            .superProcessInstanceId(district.getId()).list().subList(0, OFFICIALS);
        var rest = new EngineRestClient(port);

        List<Integer> submitted = EngineRestClient.simultaneously(communes, commune -> rest.completeTask(commune.getBusinessKey() + "-cv", "demo",
            taskOf(rest, commune.getBusinessKey() + "-cv", commune),
            Map.of("planMeasures", EngineRestClient.typed(UnitPlanDriver.COMMUNE_MEASURES, "Json"),
                "planNotes", EngineRestClient.typed("Gửi cùng lúc", "String"))));
        List<Integer> signed = EngineRestClient.simultaneously(communes, commune -> rest.completeTask(commune.getBusinessKey() + "-ld", "demo",
            taskOf(rest, commune.getBusinessKey() + "-ld", commune),
            Map.of("signOffDecision", EngineRestClient.typed("SIGN", "String"),
                "signedDocumentNumber", EngineRestClient.typed("01/KH-UBND", "String"),
                "signedOn", EngineRestClient.typed("2015-09-01", "String"))));
        String reviewer = DISTRICT + "-phong-noi-vu-cv";
        List<Integer> approved = EngineRestClient.simultaneously(communes, commune -> rest.completeTask(reviewer, "demo",
            taskOf(rest, reviewer, commune), Map.of("reviewDecision", EngineRestClient.typed("APPROVE", "String"))));
        Jobs.runAll(engine.getManagementService());

        assertThat(submitted).containsOnly(204);
        assertThat(signed).containsOnly(204);
        assertThat(approved).containsOnly(204);
        List<String> ids = communes.stream().map(ProcessInstance::getId).toList();
        assertThat(count("select count(*) from pln_plan_submission where process_instance_id in (:ids)", ids)).isEqualTo(OFFICIALS);
        assertThat(count("select count(*) from pln_unit_plan where status = 'APPROVED' and process_instance_id in (:ids)", ids))
            .isEqualTo(OFFICIALS);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(ids)).count())
            .isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).isZero();
    }

    private String taskOf(EngineRestClient rest, String user, ProcessInstance instance) {
        var tasks = rest.get(user, "demo", "/task?processInstanceId=" + instance.getId());
        assertThat(tasks).as("task visible to %s", user).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private int count(String sql, List<String> ids) {
        return jdbc.sql(sql).param("ids", ids).query(Integer.class).single();
    }
}
