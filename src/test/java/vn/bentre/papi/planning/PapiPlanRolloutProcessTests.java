package vn.bentre.papi.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.platform.RejectedInputException;
import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.Jobs;

@SpringBootTest
@ActiveProfiles("test")
class PapiPlanRolloutProcessTests {

    static final String PROCESS = "papi-plan-rollout";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    UnitPlanDriver plans;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(DueDates.endOfOfficeDay(LocalDate.of(2015, 8, 20)));
        plans = new UnitPlanDriver(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, PROCESS, UnitPlanDriver.PROCESS);
    }

    /** Starts the rollout as Sở Nội vụ's start form does: dates as text. */
    private ProcessInstance startRollout(Object units) {
        Map<String, Object> variables = new HashMap<>(Map.of("planNumber", "4129/KH-UBND", "planIssuedOn", "2015-08-13",
            "unitPlanDeadline", "2015-09-30"));
        if (units != null) {
            variables.put("rolloutUnitIds", units);
        }
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "4129/KH-UBND", variables);
    }

    private List<ProcessInstance> unitPlansUnder(ProcessInstance parent) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId()).list();
    }

    private void completeTask(ProcessInstance rollout, String key, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(rollout.getId()).taskDefinitionKey(key).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    @Test
    void shouldOpenAPlanForEveryDepartmentDistrictAndCommuneButTheFront() {
        ProcessInstance rollout = startRollout(null);
        Jobs.runAll(engine.getManagementService());

        List<ProcessInstance> topLevel = unitPlansUnder(rollout);
        assertThat(topLevel).hasSize(21 + 9).extracting(ProcessInstance::getBusinessKey)
            .contains("so-noi-vu", "so-tai-chinh", "huyen-829").doesNotContain("mttq-tinh", "ubnd-tinh");
        long communePlans = topLevel.stream().mapToLong(p -> unitPlansUnder(p).size()).sum();
        assertThat(communePlans).isEqualTo(164);
        assertThat(rollout).isWaitingAt("unitPlans", "arrangePlanFunding", "preparePlanCommunication", "requestFrontSupervision");
        assertThat(jdbc.sql("select count(*) from pln_unit_plan where rollout_id = ?").param(rollout.getId())
            .query(Integer.class).single()).isEqualTo(30 + 164);
    }

    @Test
    void shouldEndWhenTheLastUnitAndTheProvincialTasksAreDone() {
        ProcessInstance rollout = startRollout("so-tu-phap, huyen-832");
        Jobs.runAll(engine.getManagementService());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(rollout.getId()).taskDefinitionKey("arrangePlanFunding")
            .singleResult().getDueDate()).isEqualTo(DueDates.endOfOfficeDay(LocalDate.of(2015, 9, 30)));

        completeTask(rollout, "arrangePlanFunding", Map.of("fundingAmount", 150000000, "fundingSource", "PROVINCE_BUDGET",
            "fundingDocument", "2345/STC-NS ngày 01/9/2015"));
        completeTask(rollout, "preparePlanCommunication", Map.of("communicationPlanDocument", "812/KH-STTTT"));
        completeTask(rollout, "requestFrontSupervision", Map.of("frontResponse", "ACCEPTED"));
        Jobs.runAll(engine.getManagementService());
        assertThat(rollout).isWaitingAt("unitPlans");

        ProcessInstance department = unitPlansUnder(rollout).stream().filter(p -> p.getBusinessKey().equals("so-tu-phap")).findFirst().orElseThrow();
        ProcessInstance district = unitPlansUnder(rollout).stream().filter(p -> p.getBusinessKey().equals("huyen-832")).findFirst().orElseThrow();
        plans.completeApproved(department, UnitPlanDriver.DEPARTMENT_MEASURES);
        plans.completeApproved(district, UnitPlanDriver.DISTRICT_MEASURES);
        List<ProcessInstance> communes = unitPlansUnder(district);
        communes.subList(0, communes.size() - 1).forEach(c -> plans.completeApproved(c, UnitPlanDriver.COMMUNE_MEASURES));
        assertThat(rollout).isWaitingAt("unitPlans");

        plans.completeApproved(communes.get(communes.size() - 1), UnitPlanDriver.COMMUNE_MEASURES);

        assertThat(rollout).isEnded().hasPassed("joinRollout", "recordRolloutCompleted");
        assertThat(jdbc.sql("select completed_at from pln_rollout where id = ?").param(rollout.getId())
            .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void shouldRefuseADeadlineThatHasPassed() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
                Map.of("planNumber", "4129/KH-UBND", "unitPlanDeadline", "2015-08-01")))
            .isInstanceOf(RejectedInputException.class).hasMessageContaining("Hạn nộp kế hoạch 01/08/2015 phải sau ngày hôm nay");
    }

    @Test
    void shouldRefuseAnUnknownUnit() {
        assertThatThrownBy(() -> startRollout(List.of("so-khong-co")))
            .hasMessageContaining("Không có đơn vị 'so-khong-co'");
    }
}
