package vn.bentre.papi.planning;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
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
class PapiUnitPlanProcessTests {

    static final String COMMUNE = "xa-28756";
    static final LocalDate TODAY = LocalDate.of(2015, 8, 20);

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;

    UnitPlanDriver plans;
    Date deadline;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(DueDates.endOfOfficeDay(TODAY));
        plans = new UnitPlanDriver(engine);
        deadline = UnitPlanDriver.deadline(LocalDate.of(2015, 9, 30));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, UnitPlanDriver.PROCESS);
    }

    private Map<String, Object> planRow(ProcessInstance instance) {
        return jdbc.sql("select * from pln_unit_plan where process_instance_id = ?").param(instance.getId()).query().singleRow();
    }

    private List<Map<String, Object>> rounds(ProcessInstance instance) {
        return jdbc.sql("select * from pln_review_round where process_instance_id = ? order by round, decided_at")
            .param(instance.getId()).query().listOfRows();
    }

    @Test
    void shouldBeApprovedTheFirstTimeAndRecordTheApprovedMeasures() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);

        assertThat(instance).isWaitingAt("draftUnitPlan");
        assertThat(task(instance)).hasCandidateGroup(COMMUNE).hasDueDate(deadline);
        assertThat(instance).hasVariables("unitName", "reviewerId", "measureOptions");
        plans.submitDraft(instance, UnitPlanDriver.COMMUNE_MEASURES);

        assertThat(instance).isWaitingAt("signUnitPlan");
        assertThat(task(instance)).hasCandidateGroup(COMMUNE + "-lanh-dao")
            .hasDueDate(DueDates.endOfOfficeDay(LocalDate.of(2015, 8, 25)));
        plans.sign(instance);

        assertThat(instance).isWaitingAt("reviewUnitPlan");
        assertThat(task(instance)).hasCandidateGroup("huyen-829-phong-noi-vu");
        plans.approve(instance);
        Jobs.runAll(engine.getManagementService());

        assertThat(instance).isEnded().hasPassed("recordPlanReview", "communesMerged").hasNotPassed("communePlans");
        Map<String, Object> plan = planRow(instance);
        assertThat(plan).containsEntry("STATUS", "APPROVED").containsEntry("APPROVED_ON_TIME", true)
            .containsEntry("SIGNED_DOCUMENT_NUMBER", "125/KH-UBND").containsEntry("ROUNDS", 1);
        assertThat(rounds(instance)).extracting(r -> r.get("STAGE") + ":" + r.get("DECISION"))
            .containsExactly("REVIEW:APPROVE", "SIGN_OFF:SIGN");
        assertThat(jdbc.sql("select measure_id from pln_plan_measure where process_instance_id = ? order by measure_id")
            .param(instance.getId()).query(String.class).list()).containsExactly("procedures-2", "transparency-2");
    }

    @Test
    void shouldShowTheReviewersReasonWhenReturnedAndBeApprovedAfterResubmission() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);
        plans.submitDraft(instance, UnitPlanDriver.COMMUNE_MEASURES);
        plans.sign(instance);

        plans.returnFromReview(instance, "Bổ sung giải pháp về công khai danh sách hộ nghèo");

        assertThat(instance).isWaitingAt("draftUnitPlan").variables()
            .containsEntry("planReturnReason", "Phòng Nội vụ thành phố Bến Tre trả lại: Bổ sung giải pháp về công khai danh sách hộ nghèo")
            .containsEntry("planRound", 2);
        assertThat(planRow(instance)).containsEntry("STATUS", "RETURNED");

        plans.submitDraft(instance, UnitPlanDriver.COMMUNE_MEASURES);
        assertThat(instance).variables().doesNotContainKey("planReturnReason");
        plans.sign(instance);
        plans.approve(instance);
        Jobs.runAll(engine.getManagementService());

        assertThat(instance).isEnded();
        assertThat(rounds(instance)).extracting(r -> r.get("ROUND") + ":" + r.get("STAGE") + ":" + r.get("DECISION"))
            .containsExactlyInAnyOrder("1:SIGN_OFF:SIGN", "1:REVIEW:RETURN", "2:SIGN_OFF:SIGN", "2:REVIEW:APPROVE");
        assertThat(jdbc.sql("select count(*) from pln_plan_submission where process_instance_id = ?")
            .param(instance.getId()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void shouldGoBackToDraftingWhenTheHeadReturnsIt() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);
        plans.submitDraft(instance, UnitPlanDriver.COMMUNE_MEASURES);

        plans.returnFromSignOff(instance, "Ghi rõ kinh phí");

        assertThat(instance).isWaitingAt("draftUnitPlan").variables()
            .containsEntry("planReturnReason", "Lãnh đạo đơn vị trả lại: Ghi rõ kinh phí");
        plans.completeApproved(instance, UnitPlanDriver.COMMUNE_MEASURES);
        assertThat(instance).isEnded();
    }

    @Test
    void shouldTakeTheMeasuresFromTheDraftFormsNumberedGroups() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);

        engine.getTaskService().complete(task(instance).getId(), Map.of(
            "measure1", SpinValues.jsonValue("{\"measureId\":\"transparency-2\",\"action\":\"Niêm yết\",\"responsible\":\"Kế toán\"}").create(),
            "measure2", SpinValues.jsonValue("{\"measureId\":null}").create()));

        assertThat(instance).isWaitingAt("signUnitPlan").variables().containsKey("planMeasures");
        assertThat(jdbc.sql("select measures_json from pln_plan_submission where process_instance_id = ?")
            .param(instance.getId()).query(String.class).single()).contains("transparency-2").doesNotContain("null,");
    }

    @Test
    void shouldRecordALateSubmissionAsLate() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);
        ClockUtil.setCurrentTime(DueDates.endOfOfficeDay(LocalDate.of(2015, 10, 5)));

        plans.completeApproved(instance, UnitPlanDriver.COMMUNE_MEASURES);

        assertThat(planRow(instance)).containsEntry("APPROVED_ON_TIME", false);
        assertThat(jdbc.sql("select on_time from pln_plan_submission where process_instance_id = ?")
            .param(instance.getId()).query(Boolean.class).single()).isFalse();
    }

    @Test
    void shouldOpenAndWaitForTheCommunesOfADistrict() {
        ProcessInstance district = plans.start("huyen-832", deadline);
        Jobs.runAll(engine.getManagementService());

        List<ProcessInstance> communes = engine.getRuntimeService().createProcessInstanceQuery()
            .superProcessInstanceId(district.getId()).list();
        assertThat(communes).hasSize(11).extracting(ProcessInstance::getBusinessKey).contains("xa-28870");
        assertThat(task(district)).hasCandidateGroup("huyen-832");
        assertThat(task(communes.get(0))).hasCandidateGroup(communes.get(0).getBusinessKey());

        plans.completeApproved(district, UnitPlanDriver.DISTRICT_MEASURES);
        assertThat(district).isActive().isWaitingAt("communePlans");

        communes.forEach(commune -> plans.completeApproved(commune, UnitPlanDriver.COMMUNE_MEASURES));

        assertThat(district).isEnded().hasPassed("communePlans", "joinOwnAndCommunes");
        assertThat(jdbc.sql("select count(*) from pln_unit_plan where status = 'APPROVED' and unit_id in "
            + "(select id from org_unit where parent_id = 'huyen-832')").query(Integer.class).single()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void shouldRemindTheCommuneAndEscalateToItsHeadAndReviewerWhenThePlanIsOverdue() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);
        String taskId = task(instance).getId();

        sweepOn(LocalDate.of(2015, 9, 28));
        sweepOn(LocalDate.of(2015, 9, 30));
        sweepOn(LocalDate.of(2015, 10, 1));
        sweepOn(LocalDate.of(2015, 10, 2));
        sweepOn(LocalDate.of(2015, 10, 5));
        sweepOn(LocalDate.of(2015, 10, 6));

        List<Map<String, Object>> outbox = jdbc.sql("select dedup_key, recipients, subject from ntf_outbox where task_id = ? order by id")
            .param(taskId).query().listOfRows();
        assertThat(outbox).extracting(r -> r.get("DEDUP_KEY").toString().substring(taskId.length() + 1))
            .containsExactly("BEFORE", "DUE", "OVERDUE:1", "OVERDUE:2", "OVERDUE:3", "OVERDUE:4", "ESCALATION");
        assertThat(outbox.get(0).get("RECIPIENTS").toString()).contains("xa-28756-cv@").contains("xa-28756-ld@");
        assertThat(outbox.get(0).get("SUBJECT").toString()).contains("Xây dựng kế hoạch của đơn vị");
        assertThat(outbox.get(6).get("RECIPIENTS").toString()).contains("xa-28756-ld@").contains("huyen-829-phong-noi-vu-ld@")
            .doesNotContain("xa-28756-cv@");
    }

    /** The reminder sweep's timer fires hourly in office hours: fire it at 9:00 on the given day. */
    private void sweepOn(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(DueDates.VIETNAM).toInstant()));
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processDefinitionKey("papi-task-reminders").timers().singleResult().getId());
        Jobs.runAll(management);
    }


    @Test
    void shouldRefuseADraftWithoutMeasuresAndRecordNothing() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);

        assertThatThrownBy(() -> plans.submitDraft(instance, "[]"))
            .isInstanceOf(RejectedInputException.class).hasMessageContaining("Kế hoạch cần ít nhất một giải pháp");

        assertThat(instance).isWaitingAt("draftUnitPlan");
        assertThat(planRow(instance)).containsEntry("STATUS", "DRAFTING");
    }

    @Test
    void shouldRefuseAMeasureThatDoesNotApplyToTheUnitAndAnIncompleteLine() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);

        assertThatThrownBy(() -> plans.submitDraft(instance,
                "[{\"measureId\":\"services-2\",\"action\":\"x\",\"responsible\":\"y\"},{\"measureId\":\"procedures-2\",\"action\":\" \"}]"))
            .isInstanceOf(RejectedInputException.class)
            .hasMessageContaining("Giải pháp thứ 1: giải pháp 'services-2' không thuộc danh mục áp dụng cho đơn vị")
            .hasMessageContaining("Giải pháp thứ 2: cần ghi nội dung thực hiện");
        assertThat(instance).isWaitingAt("draftUnitPlan");
    }

    @Test
    void shouldRefuseASignatureWithoutTheDocumentNumber() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);
        plans.submitDraft(instance, UnitPlanDriver.COMMUNE_MEASURES);

        assertThatThrownBy(() -> engine.getTaskService().complete(task(instance).getId(), Map.of("signOffDecision", "SIGN")))
            .isInstanceOf(RejectedInputException.class).hasMessageContaining("số văn bản kế hoạch đã ký");
        assertThat(instance).isWaitingAt("signUnitPlan");
    }

    @Test
    void shouldRefuseAReturnWithoutAReason() {
        ProcessInstance instance = plans.start(COMMUNE, deadline);
        plans.submitDraft(instance, UnitPlanDriver.COMMUNE_MEASURES);
        plans.sign(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(task(instance).getId(), Map.of("reviewDecision", "RETURN")))
            .isInstanceOf(RejectedInputException.class).hasMessageContaining("lý do trả lại");
        assertThat(instance).isWaitingAt("reviewUnitPlan");
    }
}
