package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.bentre.papi.reporting.ReportingDriver.DEPARTMENT;
import static vn.bentre.papi.reporting.ReportingDriver.DISTRICT_ID;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
import vn.bentre.papi.platform.RejectedInputException;
import vn.bentre.papi.support.Jobs;

@SpringBootTest
@ActiveProfiles("test")
class PapiReportingCycleProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    ReportingDriver reporting;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ReportingDriver.clockAt(ReportingDriver.OPENED_ON, 8);
        reporting = new ReportingDriver(engine, jdbc);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reporting.cleanUp();
    }

    private Map<String, Object> cycleRow() {
        return jdbc.sql("select * from rpt_cycle where id = ?").param(ReportingDriver.PERIOD).query().singleRow();
    }

    private String variable(ProcessInstance instance, String name) {
        Object value = engine.getRuntimeService().getVariable(instance.getId(), name);
        return value == null ? null : value.toString();
    }

    private List<Task> tasks(String key) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(ReportingDriver.CYCLE).taskDefinitionKey(key).list();
    }

    private void districtConsolidated(String districtId) {
        reporting.reportAccepted(districtId);
        reporting.communes(districtId).forEach(reporting::reportAccepted);
        reporting.consolidate(reporting.district(districtId), "consolidateDistrictReport", "Các xã báo cáo đầy đủ");
    }

    @Test
    void shouldAskEveryDepartmentButTheFrontEveryDistrictAndEveryCommune() {
        ProcessInstance cycle = reporting.openCycle();

        assertThat(cycle).isWaitingAt("awaitProvincialReports").hasBusinessKey(ReportingDriver.PERIOD).variables()
            .containsEntry("unitId", "so-noi-vu").containsEntry("periodLabel", "Quý I năm 2016");
        assertThat(jdbc.sql("select unit_level, count(*) from rpt_unit_report group by unit_level order by unit_level")
            .query((rs, i) -> rs.getString(1) + "=" + rs.getInt(2)).list())
            .containsExactly("COMMUNE=164", "DEPARTMENT=21", "DISTRICT=9");
        assertThat(jdbc.sql("select count(*) from rpt_unit_report where status = 'DRAFTING' and process_instance_id is not null")
            .query(Integer.class).single()).isEqualTo(194);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count())
            .isEqualTo(194);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.DISTRICT).count())
            .isEqualTo(9);
        assertThat(reporting.report("mttq-tinh")).isNull();
        assertThat(cycleRow()).containsEntry("STATUS", "OPEN").containsEntry("OPENED_AUTOMATICALLY", false)
            .containsEntry("COMMUNE_DEADLINE", new java.sql.Timestamp(ReportingDriver.COMMUNE_DEADLINE.getTime()))
            .containsEntry("DISTRICT_DEADLINE", new java.sql.Timestamp(ReportingDriver.DISTRICT_DEADLINE.getTime()))
            .containsEntry("PROVINCE_DEADLINE", new java.sql.Timestamp(ReportingDriver.PROVINCE_DEADLINE.getTime()));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).timers().singleResult()
            .getDuedate()).isEqualTo(ReportingDriver.DISTRICT_DEADLINE);
    }

    @Test
    void shouldOpenTheDepartmentsInBatchesAndEachDistrictInABackgroundJobOfItsOwn() {
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
            Map.of("periodType", "Q1", "periodYear", 2016));
        var jobs = engine.getManagementService();

        assertThat(jobs.createJobQuery().processInstanceId(cycle.getId()).activityId("startDepartmentReports").count()).isEqualTo(1);
        assertThat(jobs.createJobQuery().processInstanceId(cycle.getId()).activityId("startDistrictReports").count()).isEqualTo(9);
        jobs.executeJob(jobs.createJobQuery().activityId("startDepartmentReports").singleResult().getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count())
            .isEqualTo(21);
    }

    @Test
    void shouldSplitTheDepartmentsIntoEvenBatchesOfAtMostTwentyFive() {
        List<String> units = java.util.stream.IntStream.rangeClosed(1, 280).mapToObj(i -> "so-" + i).toList();

        assertThat(OpenReportingCycleDelegate.batches(units.subList(0, 21))).containsExactly(units.subList(0, 21));
        assertThat(OpenReportingCycleDelegate.batches(units.subList(0, 28))).extracting(List::size).containsExactly(14, 14);
        List<List<String>> batches = OpenReportingCycleDelegate.batches(units);
        assertThat(batches).hasSize(12).allSatisfy(batch -> assertThat(batch).hasSizeBetween(23, 25));
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(units);
        assertThat(OpenReportingCycleDelegate.batches(List.of())).isEmpty();
    }

    @Test
    void shouldConsolidateTheProvinceOnceEverythingIsInAndCloseWhenUbndTinhAcknowledges() {
        ProcessInstance cycle = reporting.openCycle(DEPARTMENT, DISTRICT_ID);
        reporting.reportAccepted(DEPARTMENT);
        reporting.reportAccepted(DISTRICT_ID);
        reporting.communes(DISTRICT_ID).forEach(reporting::reportAccepted);
        assertThat(cycle).isWaitingAt("awaitProvincialReports");

        reporting.consolidate(reporting.district(DISTRICT_ID), "consolidateDistrictReport", "Các xã báo cáo đầy đủ");

        assertThat(cycle).isWaitingAt("consolidateProvincialReport").hasPassed("provincialReportsComplete");
        Task task = reporting.task(cycle, "consolidateProvincialReport");
        assertThat(task.getDueDate()).isEqualTo(ReportingDriver.PROVINCE_DEADLINE);
        assertThat(variable(cycle, "consolidationHeadline")).isEqualTo("2 báo cáo: 2 đúng hạn, 0 muộn, 0 chưa báo cáo");
        assertThat(variable(cycle, "consolidationUnits")).contains("Sở Tư pháp", "UBND huyện Chợ Lách");
        assertThat(variable(cycle, "consolidationDistricts")).contains("Phòng Nội vụ huyện Chợ Lách", "Đã tổng hợp", "11/11 xã");
        assertThat(variable(cycle, "consolidationDimensions")).contains("\"dimension\":\"Công khai, minh bạch\",\"done\":13");
        assertThat(cycleRow()).containsEntry("STATUS", "CONSOLIDATING");

        reporting.consolidate(cycle, "consolidateProvincialReport", "Toàn tỉnh báo cáo đầy đủ, đúng hạn");
        Task decision = reporting.task(cycle, "decideProvincialReport");
        assertThat(engine.getTaskService().getIdentityLinksForTask(decision.getId())).extracting(l -> l.getGroupId())
            .containsExactly("ubnd-tinh-lanh-dao");
        assertThat(engine.getTaskService().getVariable(decision.getId(), "unitId")).isEqualTo("ubnd-tinh");
        assertThat(reporting.items("ubnd-tinh")).containsOnly(Map.entry(DEPARTMENT, "ON_TIME"), Map.entry(DISTRICT_ID, "ON_TIME"));

        reporting.complete(cycle, "decideProvincialReport", Map.of("provincialDecision", "ACKNOWLEDGE", "decisionNote", "Ghi nhận"));

        assertThat(cycle).isEnded().hasPassed("closeReportingCycle").hasNotPassed("followReportDirection");
        assertThat(cycleRow()).containsEntry("STATUS", "CLOSED").containsEntry("DECISION", "ACKNOWLEDGE");
    }

    @Test
    void shouldConsolidateTheProvinceAtTheDeadlineAndAddALateDepartmentAsAnAddendum() {
        ProcessInstance cycle = reporting.openCycle(DEPARTMENT, "so-y-te");
        reporting.reportAccepted(DEPARTMENT);

        ReportingDriver.clockAt(LocalDate.of(2016, 3, 22), 8);
        Jobs.runAll(engine.getManagementService());

        assertThat(cycle).isWaitingAt("consolidateProvincialReport").hasPassed("provincialDeadlinePassed");
        assertThat(variable(cycle, "missingUnits")).isEqualTo("Sở Y tế");
        reporting.consolidate(cycle, "consolidateProvincialReport", "Sở Y tế chưa báo cáo");
        assertThat(reporting.items("ubnd-tinh")).containsEntry("so-y-te", "MISSING,EXCLUDED").containsEntry(DEPARTMENT, "ON_TIME");

        ReportingDriver.clockAt(LocalDate.of(2016, 3, 23), 9);
        reporting.reportAccepted("so-y-te");

        assertThat(reporting.reportRow("so-y-te")).containsEntry("ON_TIME", false).extractingByKey("ADDENDUM_AT").isNotNull();
        assertThat(jdbc.sql("select unit_id from ntf_outbox where dedup_key = 'report:2016-Q1:so-y-te:ADDENDUM'")
            .query(String.class).single()).isEqualTo("so-noi-vu");
        assertThat(cycle).isWaitingAt("decideProvincialReport");
    }

    @Test
    void shouldSendUbndTinhsDirectionsToTheNamedUnitsAsTasks() {
        ProcessInstance cycle = reporting.openCycle(DEPARTMENT);
        reporting.reportAccepted(DEPARTMENT);
        reporting.consolidate(cycle, "consolidateProvincialReport", "Sở Tư pháp báo cáo đúng hạn");

        reporting.complete(cycle, "decideProvincialReport", Map.of("provincialDecision", "DIRECT",
            "directions", SpinValues.jsonValue("""
                [{"unitId":"so-tu-phap","text":"Rà soát, công bố thủ tục hành chính còn thiếu","dueDate":"2016-04-15"},
                 {"unitId":"huyen-829","text":"Tăng cường tiếp công dân tại các phường"}]""").create()));
        Jobs.runAll(engine.getManagementService());

        List<Task> directions = tasks("followReportDirection");
        assertThat(directions).hasSize(2);
        Task justice = directions.stream().filter(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
            .anyMatch(l -> DEPARTMENT.equals(l.getGroupId()))).findFirst().orElseThrow();
        Task city = directions.stream().filter(t -> t != justice).findFirst().orElseThrow();
        assertThat(engine.getTaskService().getIdentityLinksForTask(city.getId())).extracting(l -> l.getGroupId())
            .containsExactly("huyen-829");
        assertThat(engine.getTaskService().getVariable(justice.getId(), "directionText"))
            .isEqualTo("Rà soát, công bố thủ tục hành chính còn thiếu");
        assertThat(engine.getTaskService().getVariable(city.getId(), "unitId")).isEqualTo("huyen-829");
        assertThat(justice.getDueDate()).isEqualTo(DueDates.endOfOfficeDay(LocalDate.of(2016, 4, 15)));
        assertThat(city.getDueDate()).isEqualTo(DueDates.endOfOfficeDay(LocalDate.of(2016, 3, 29)));
        assertThat(cycleRow()).containsEntry("STATUS", "DIRECTED").containsEntry("DECISION", "DIRECT");

        engine.getTaskService().complete(justice.getId(), Map.of("directionResponse", "Đã công bố 12 thủ tục"));
        engine.getTaskService().complete(city.getId(), Map.of("directionResponse", "Đã bố trí lịch tiếp công dân"));
        Jobs.runAll(engine.getManagementService());

        assertThat(cycle).isEnded().hasPassed("followReportDirection", "closeReportingCycle");
        assertThat(jdbc.sql("select unit_id || ': ' || response from rpt_direction order by unit_id").query(String.class).list())
            .containsExactly("huyen-829: Đã bố trí lịch tiếp công dân", "so-tu-phap: Đã công bố 12 thủ tục");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
            .variableName("directionResponse").list()).hasSize(2)
            .allSatisfy(v -> assertThat(v.getActivityInstanceId()).isNotEqualTo(cycle.getId()));
    }

    @Test
    void shouldGiveACycleOpenedLateTheFullNumberOfWorkingDays() {
        ReportingDriver.clockAt(LocalDate.of(2016, 3, 28), 9);

        reporting.openCycle(DEPARTMENT);

        assertThat(cycleRow())
            .containsEntry("COMMUNE_DEADLINE", timestamp(LocalDate.of(2016, 3, 30)))
            .containsEntry("DEPARTMENT_DEADLINE", timestamp(LocalDate.of(2016, 4, 1)))
            .containsEntry("PROVINCE_DEADLINE", timestamp(LocalDate.of(2016, 4, 6)));
    }

    private static java.sql.Timestamp timestamp(LocalDate day) {
        Date date = DueDates.endOfOfficeDay(day);
        return new java.sql.Timestamp(date.getTime());
    }

    @Nested
    class Refused {

        @Test
        void shouldRefuseToOpenAPeriodTwice() {
            reporting.openCycle(DEPARTMENT);

            assertThatThrownBy(() -> reporting.openCycle(DEPARTMENT))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Kỳ báo cáo Quý I năm 2016 đã được mở ngày 15/03/2016; mỗi kỳ chỉ mở một lần");

            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.CYCLE).count())
                .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from rpt_cycle").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from rpt_unit_report").query(Integer.class).single()).isEqualTo(1);
        }

        @Test
        void shouldRefuseAPeriodThatHasNotBegunAndAnUnknownPeriodType() {
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
                    Map.of("periodType", "YEAR", "periodYear", 2017)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Kỳ báo cáo Năm 2017 chưa bắt đầu: số liệu tính từ ngày 15/12/2016");
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
                    Map.of("periodType", "Q2", "periodYear", 2016)))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Kỳ báo cáo 'Q2' không hợp lệ");
            assertThat(jdbc.sql("select count(*) from rpt_cycle").query(Integer.class).single()).isZero();
        }

        @Test
        void shouldRefuseADirectionToAnUnknownUnitOrWithoutText() {
            ProcessInstance cycle = reporting.openCycle(DEPARTMENT);
            reporting.reportAccepted(DEPARTMENT);
            reporting.consolidate(cycle, "consolidateProvincialReport", "Đủ");

            assertThatThrownBy(() -> reporting.complete(cycle, "decideProvincialReport", Map.of("provincialDecision", "DIRECT",
                    "directions", SpinValues.jsonValue("[{\"unitId\":\"so-khong-co\",\"text\":\"x\"},{\"unitId\":\"huyen-829\"}]").create())))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Chỉ đạo dòng 1: đơn vị 'so-khong-co' không có")
                .hasMessageContaining("Chỉ đạo dòng 2: cần ghi nội dung chỉ đạo");
            assertThat(cycle).isWaitingAt("decideProvincialReport");
            assertThat(jdbc.sql("select count(*) from rpt_direction").query(Integer.class).single()).isZero();
        }
    }
}
