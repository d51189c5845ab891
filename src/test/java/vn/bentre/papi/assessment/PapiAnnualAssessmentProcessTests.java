package vn.bentre.papi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.RejectedInputException;
import vn.bentre.papi.support.Cleanup;

@SpringBootTest
@ActiveProfiles("test")
class PapiAnnualAssessmentProcessTests {

    /** Monday 04/03/2019, 09:00 in Bến Tre: results of 2016 and of 2018 (eight dimensions) are published. */
    static final Date NOW = Date.from(LocalDate.of(2019, 3, 4).atTime(LocalTime.of(9, 0)).atZone(DueDates.VIETNAM).toInstant());
    static final Date IN_FIVE_WORKING_DAYS = DueDates.endOfOfficeDay(LocalDate.of(2019, 3, 11));
    static final Date IN_TEN_WORKING_DAYS = DueDates.endOfOfficeDay(LocalDate.of(2019, 3, 18));
    static final List<String> TRANSPARENCY_LEADS = List.of("so-lao-dong-tbxh", "so-tai-chinh", "so-tai-nguyen-moi-truong",
        "so-ke-hoach-dau-tu");

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired MeasureCatalogue catalogue;

    AssessmentDriver assessments;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(NOW);
        assessments = new AssessmentDriver(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        Cleanup.deleteInstances(engine, AssessmentDriver.PROCESS);
        AssessmentTestData.deleteAssessedYears(jdbc);
    }

    private Map<String, Object> yearRow(int year) {
        return jdbc.sql("select * from asm_year_result where papi_year = ?").param(year).query().singleRow();
    }

    private Map<String, Boolean> targets(int year) {
        return jdbc.sql("select dimension_id, meets_target from asm_dimension_result where papi_year = ?").param(year)
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String status(ProcessInstance instance) {
        return jdbc.sql("select status from asm_assessment where process_instance_id = ?").param(instance.getId())
            .query(String.class).single();
    }

    private ProcessInstance resultsEntered(int year, Map<String, String> groups) {
        ProcessInstance instance = assessments.start(year);
        assessments.enterResults(instance, groups);
        assessments.runJobs(instance);
        return instance;
    }

    @Test
    void shouldEndWithoutCorrectiveTasksWhenEveryDimensionMeetsTheTarget() {
        ProcessInstance instance = assessments.start(2016);

        assertThat(instance).isWaitingAt("enterPapiResults").hasBusinessKey("PAPI-2016").variables()
            .containsEntry("unitId", "so-noi-vu").containsEntry("provinceCount", 63);
        assertThat(assessments.task(instance, "enterPapiResults")).hasCandidateGroup("so-noi-vu").hasDueDate(IN_FIVE_WORKING_DAYS);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "dimensionResults").toString())
            .contains("PARTICIPATION", "SERVICE_DELIVERY").doesNotContain("ENVIRONMENT");

        assessments.enterResults(instance, AssessmentDriver.groups(AssessmentDriver.SIX, "HIGH_AVERAGE", Map.of("ACCOUNTABILITY", "HIGHEST")));
        assessments.runJobs(instance);

        assertThat(instance).isEnded().hasPassed("allDimensionsOnTarget").hasNotPassed("findLeadUnits", "proposeCorrectiveMeasures",
            "consolidateCorrectiveMeasures");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
            .taskDefinitionKey("proposeCorrectiveMeasures").count()).isZero();
        assertThat(targets(2016)).hasSize(6).allSatisfy((dimension, met) -> assertThat(met).as(dimension).isTrue());
        assertThat(yearRow(2016)).containsEntry("SOURCE", "ASSESSMENT").containsEntry("PROVINCE_RANK", 25)
            .containsEntry("OVERALL_GROUP", "HIGH_AVERAGE").containsEntry("PROCESS_INSTANCE_ID", instance.getId());
        assertThat(status(instance)).isEqualTo("ON_TARGET");
    }

    @Test
    void shouldHaveTheLeadUnitsOfTheOneMissedDimensionProposeAndAdoptTheApprovedMeasures() {
        ProcessInstance instance = resultsEntered(2016,
            AssessmentDriver.groups(AssessmentDriver.SIX, "HIGH_AVERAGE", Map.of("TRANSPARENCY", "LOW_AVERAGE")));

        List<Task> tasks = assessments.proposalTasks(instance);
        assertThat(tasks).extracting(t -> (String) assessments.taskVariable(t, "leadUnitId"))
            .containsExactlyInAnyOrderElementsOf(TRANSPARENCY_LEADS);
        for (Task task : tasks) {
            String unit = (String) assessments.taskVariable(task, "leadUnitId");
            assertThat(task).hasCandidateGroup(unit).hasDueDate(IN_TEN_WORKING_DAYS);
            assertThat(assessments.taskVariable(task, "unitId")).as("reminders go to the lead unit").isEqualTo(unit);
            assertThat(assessments.taskVariable(task, "dimensionTitle"))
                .isEqualTo("Công khai, minh bạch: 5,12 điểm, nhóm trung bình thấp");
        }
        assertThat(targets(2016)).containsEntry("TRANSPARENCY", false).containsEntry("PARTICIPATION", true);
        assertThat(status(instance)).isEqualTo("PROPOSING");

        assessments.propose(tasks.get(0), "Công khai danh sách hộ nghèo tại nhà văn hóa ấp", "Tập huấn cán bộ xã về quy trình bình xét");
        assertThat(instance).isWaitingAt("proposeCorrectiveMeasures");
        tasks.subList(1, tasks.size()).forEach(task -> assessments.propose(task, "Giải pháp của " + assessments.taskVariable(task, "leadUnitId")));
        assessments.runJobs(instance);

        assertThat(instance).isWaitingAt("consolidateCorrectiveMeasures");
        assertThat(assessments.task(instance, "consolidateCorrectiveMeasures")).hasCandidateGroup("so-noi-vu").hasDueDate(IN_FIVE_WORKING_DAYS);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "correctiveProposals").toString())
            .contains("Công khai danh sách hộ nghèo tại nhà văn hóa ấp").contains("Sở Tài chính");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "consolidatedMeasures").toString())
            .contains("\"leadUnits\":[\"so-tai-chinh\"]");
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
            .as("each unit's form values stayed in its own task").doesNotContainKeys("proposedMeasures", "proposalNotes", "leadUnitIds");
        assertThat(jdbc.sql("select count(*) from asm_corrective_proposal where process_instance_id = ?").param(instance.getId())
            .query(Integer.class).single()).isEqualTo(5);

        assessments.consolidate(instance, """
            [{"dimensionId":"TRANSPARENCY","text":"Công khai danh sách hộ nghèo tại trụ sở xã và nhà văn hóa ấp","leadUnits":["so-lao-dong-tbxh","@communes"]},
             {"dimensionId":"TRANSPARENCY","text":"Công khai thu chi ngân sách xã hằng quý","leadUnits":["so-tai-chinh"]}]""");

        assertThat(instance).isWaitingAt("approveCorrectiveMeasures");
        Task approval = assessments.task(instance, "approveCorrectiveMeasures");
        assertThat(approval).hasCandidateGroup("ubnd-tinh-lanh-dao").hasDueDate(IN_FIVE_WORKING_DAYS);
        assertThat(assessments.taskVariable(approval, "unitId")).isEqualTo("ubnd-tinh");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "consolidatedMeasuresTable").toString())
            .contains("Sở Lao động - Thương binh và Xã hội; Các UBND xã, phường, thị trấn");
        assessments.approve(instance);

        assertThat(instance).isEnded().hasPassed("correctiveMeasuresAdopted");
        Measure adopted = catalogue.measure("corrective-2016-1").orElseThrow();
        assertThat(adopted.dimensionId()).isEqualTo("TRANSPARENCY");
        assertThat(adopted.leadUnits()).containsExactly("so-lao-dong-tbxh", "@communes");
        assertThat(adopted.source()).isEqualTo(Measure.MeasureSource.CORRECTIVE);
        assertThat(adopted.addedYear()).isEqualTo(2016);
        assertThat(catalogue.measure("corrective-2016-2").orElseThrow().text()).isEqualTo("Công khai thu chi ngân sách xã hằng quý");
        assertThat(jdbc.sql("select measure_id from asm_corrective_measure where process_instance_id = ? order by position")
            .param(instance.getId()).query(String.class).list()).containsExactly("corrective-2016-1", "corrective-2016-2");
        assertThat(status(instance)).isEqualTo("APPROVED");
    }

    @Test
    void shouldAskEveryLeadUnitOfEveryDimensionWhenAllEightMiss() {
        ProcessInstance instance = resultsEntered(2018, AssessmentDriver.groups(AssessmentDriver.EIGHT, "LOWEST", Map.of()));

        Map<String, List<String>> asked = assessments.proposalTasks(instance).stream().collect(Collectors.groupingBy(
            t -> (String) assessments.taskVariable(t, "dimensionId"),
            Collectors.mapping(t -> (String) assessments.taskVariable(t, "leadUnitId"), Collectors.toList())));
        assertThat(asked).containsOnlyKeys(AssessmentDriver.EIGHT);
        assertThat(asked.get("PARTICIPATION")).containsExactly("so-noi-vu");
        assertThat(asked.get("TRANSPARENCY")).containsExactlyInAnyOrderElementsOf(TRANSPARENCY_LEADS);
        assertThat(asked.get("SERVICE_DELIVERY")).hasSize(8);
        assertThat(asked.get("ENVIRONMENT")).containsExactly("so-tai-nguyen-moi-truong");
        assertThat(asked.get("E_GOVERNANCE")).containsExactly("so-thong-tin-truyen-thong");
        assertThat(asked.values().stream().mapToInt(List::size).sum()).isEqualTo(25);

        assessments.everyLeadUnitProposes(instance);

        assertThat(instance).isWaitingAt("consolidateCorrectiveMeasures").variables().containsEntry("missedDimensionCount", 8);
        assessments.consolidate(instance, AssessmentDriver.EIGHT.stream()
            .map(d -> "{\"dimensionId\":\"" + d + "\",\"text\":\"Khắc phục " + d + "\",\"leadUnits\":[\"so-noi-vu\",\"@districts\"]}")
            .collect(Collectors.joining(",", "[", "]")));
        assessments.approve(instance);

        assertThat(instance).isEnded();
        assertThat(targets(2018)).hasSize(8).allSatisfy((dimension, met) -> assertThat(met).as(dimension).isFalse());
        assertThat(catalogue.measures("E_GOVERNANCE")).extracting(Measure::id).containsExactly("corrective-2018-8");
    }

    @Test
    void shouldGoBackToSoNoiVuWhenUbndTinhReturnsAndBeAdoptedAfterwards() {
        ProcessInstance instance = resultsEntered(2016,
            AssessmentDriver.groups(AssessmentDriver.SIX, "HIGHEST", Map.of("PARTICIPATION", "LOWEST")));
        assertThat(assessments.proposalTasks(instance)).hasSize(1);
        assessments.everyLeadUnitProposes(instance);
        assessments.consolidate(instance, """
            [{"dimensionId":"PARTICIPATION","text":"Tuyên truyền Pháp lệnh dân chủ cơ sở","leadUnits":["so-noi-vu"]}]""");

        assessments.returnToSoNoiVu(instance, "Bổ sung giải pháp cho cấp xã");

        assertThat(instance).isWaitingAt("consolidateCorrectiveMeasures").variables()
            .containsEntry("approvalReturnReason", "UBND tỉnh trả lại: Bổ sung giải pháp cho cấp xã").containsEntry("consolidationRound", 2);
        assertThat(status(instance)).isEqualTo("CONSOLIDATING");
        assertThat(catalogue.measures("PARTICIPATION")).noneMatch(m -> m.source() == Measure.MeasureSource.CORRECTIVE);

        assessments.consolidate(instance, """
            [{"dimensionId":"PARTICIPATION","text":"Tuyên truyền Pháp lệnh dân chủ cơ sở","leadUnits":["so-noi-vu"]},
             {"dimensionId":"PARTICIPATION","text":"Tổ chức đối thoại với người dân tại ấp","leadUnits":["@communes"]}]""");
        assessments.approve(instance);

        assertThat(instance).isEnded().hasPassed("correctiveMeasuresAdopted");
        assertThat(jdbc.sql("select round || ':' || decision from asm_approval_round where process_instance_id = ? order by round")
            .param(instance.getId()).query(String.class).list()).containsExactly("1:RETURN", "2:APPROVE");
        assertThat(catalogue.measures("PARTICIPATION")).filteredOn(m -> m.source() == Measure.MeasureSource.CORRECTIVE)
            .extracting(Measure::id).containsExactly("corrective-2016-1", "corrective-2016-2");
    }

    @Test
    void shouldLetSoNoiVuButNoCommuneStartItFromTasklist() {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(AssessmentDriver.PROCESS)
            .latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("xa-28756-cv", List.of("xa-28756"));
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId, Map.of("assessmentYear", 2016)))
            .isInstanceOf(AuthorizationException.class);

        engine.getIdentityService().setAuthentication("so-noi-vu-cv", List.of("so-noi-vu"));
        ProcessInstance instance = engine.getFormService().submitStartForm(definitionId, Map.of("assessmentYear", 2016L));
        engine.getIdentityService().clearAuthentication();

        assertThat(instance).isWaitingAt("enterPapiResults").variables().containsEntry("assessmentYear", 2016);
    }

    @Nested
    class RefusedInput {

        @Test
        void shouldRefuseAYearWithoutPapiOrNotYetPublishedAndASecondAssessmentOfTheSameYear() {
            assertThatThrownBy(() -> assessments.start(2010))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Năm 2010 không có nội dung PAPI");
            assertThatThrownBy(() -> assessments.start(2020))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("chưa thể được công bố");
            assessments.start(2016);
            assertThatThrownBy(() -> assessments.start(2016))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Đang có đợt đánh giá kết quả PAPI năm 2016");
        }

        @Test
        void shouldRefuseResultsWithAMissingDimensionABadScoreOrGroupAndRecordNothing() {
            ProcessInstance instance = assessments.start(2018);
            Map<String, String> sixOnly = AssessmentDriver.groups(AssessmentDriver.SIX, "HIGH_AVERAGE", Map.of("TRANSPARENCY", "MEDIUM"));
            String json = AssessmentDriver.resultsJson(sixOnly).replace("\"score\":4.3", "\"score\":11");

            assertThatThrownBy(() -> assessments.complete(instance, "enterPapiResults", Map.of(
                    "dimensionResults", SpinValues.jsonValue(json).create(), "overallScore", 40, "overallGroup", "HIGH_AVERAGE",
                    "provinceRank", 25, "provinceCount", 63)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Dòng 2: cần chọn nhóm")
                .hasMessageContaining("Dòng 2: điểm phải từ 1 đến 10")
                .hasMessageContaining("thiếu kết quả của nội dung ENVIRONMENT, E_GOVERNANCE");
            assertThatThrownBy(() -> assessments.complete(instance, "enterPapiResults", Map.of(
                    "dimensionResults", SpinValues.jsonValue(AssessmentDriver.resultsJson(AssessmentDriver.groups(AssessmentDriver.EIGHT,
                        "HIGHEST", Map.of()))).create(), "overallScore", 40, "overallGroup", "HIGHEST", "provinceRank", 64,
                    "provinceCount", 63)))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Thứ hạng của tỉnh (provinceRank) phải từ 1 đến 63");

            assertThat(instance).isWaitingAt("enterPapiResults");
            assertThat(jdbc.sql("select count(*) from asm_year_result where papi_year = 2018").query(Integer.class).single()).isZero();
        }

        @Test
        void shouldRefuseAProposalWithoutMeasures() {
            ProcessInstance instance = resultsEntered(2016,
                AssessmentDriver.groups(AssessmentDriver.SIX, "HIGHEST", Map.of("PARTICIPATION", "LOWEST")));
            Task task = assessments.proposalTasks(instance).get(0);

            assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("proposedMeasures", SpinValues.jsonValue("[]").create())))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("ít nhất một giải pháp khắc phục");
            assertThatThrownBy(() -> assessments.propose(task, " "))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Dòng 1: cần ghi nội dung giải pháp");
            assertThat(assessments.proposalTasks(instance)).hasSize(1);
        }

        @Test
        void shouldRefuseAConsolidationThatLeavesAMissedDimensionWithoutMeasuresOrNamesAnUnknownUnit() {
            ProcessInstance instance = resultsEntered(2016, AssessmentDriver.groups(AssessmentDriver.SIX, "HIGHEST",
                Map.of("PARTICIPATION", "LOWEST", "ADMIN_PROCEDURES", "LOW_AVERAGE")));
            assessments.everyLeadUnitProposes(instance);

            assertThatThrownBy(() -> assessments.consolidate(instance, """
                    [{"dimensionId":"PARTICIPATION","text":"Tuyên truyền","leadUnits":["so-khong-co"]},
                     {"dimensionId":"ACCOUNTABILITY","text":"Không cần","leadUnits":["so-noi-vu"]}]"""))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Dòng 1: không có đơn vị 'so-khong-co'")
                .hasMessageContaining("Dòng 2: nội dung 'ACCOUNTABILITY' không phải nội dung chưa đạt mục tiêu")
                .hasMessageContaining("nội dung ADMIN_PROCEDURES chưa đạt mục tiêu nhưng chưa có giải pháp khắc phục");
            assertThat(instance).isWaitingAt("consolidateCorrectiveMeasures");
        }

        @Test
        void shouldRefuseAReturnWithoutAReason() {
            ProcessInstance instance = resultsEntered(2016,
                AssessmentDriver.groups(AssessmentDriver.SIX, "HIGHEST", Map.of("PARTICIPATION", "LOWEST")));
            assessments.everyLeadUnitProposes(instance);
            assessments.consolidate(instance, """
                [{"dimensionId":"PARTICIPATION","text":"Tuyên truyền","leadUnits":["so-noi-vu"]}]""");

            assertThatThrownBy(() -> assessments.complete(instance, "approveCorrectiveMeasures", Map.of("approvalDecision", "RETURN")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("lý do trả lại");
            assertThat(instance).isWaitingAt("approveCorrectiveMeasures");
        }
    }
}
