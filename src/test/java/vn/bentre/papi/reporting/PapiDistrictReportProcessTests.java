package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.bentre.papi.reporting.ReportingDriver.DISTRICT_ID;
import static vn.bentre.papi.reporting.ReportingDriver.DISTRICT_OFFICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

import vn.bentre.papi.platform.RejectedInputException;
import vn.bentre.papi.support.Jobs;

@SpringBootTest
@ActiveProfiles("test")
class PapiDistrictReportProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    ReportingDriver reporting;
    List<String> communes;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ReportingDriver.clockAt(ReportingDriver.OPENED_ON, 8);
        reporting = new ReportingDriver(engine, jdbc);
        communes = reporting.communes(DISTRICT_ID);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reporting.cleanUp();
    }

    private String variable(ProcessInstance instance, String name) {
        Object value = engine.getRuntimeService().getVariable(instance.getId(), name);
        return value == null ? null : value.toString();
    }

    @Test
    void shouldOpenTheReportsOfTheDistrictAndEachCommuneAsInstancesOfTheirOwn() {
        reporting.openCycle(DISTRICT_ID);

        ProcessInstance district = reporting.district(DISTRICT_ID);
        assertThat(district).isWaitingAt("awaitCommuneReports").variables()
            .containsEntry("unitId", DISTRICT_OFFICE).containsEntry("districtName", "UBND huyện Chợ Lách");
        assertThat(communes).hasSize(11);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).list())
            .extracting(ProcessInstance::getBusinessKey).hasSize(12).contains("2016-Q1:huyen-832", "2016-Q1:" + communes.get(0))
            .allSatisfy(key -> assertThat(key).startsWith("2016-Q1:"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(district.getId()).count()).isZero();
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(district.getId()).timers().singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(ReportingDriver.COMMUNE_DEADLINE);
    }

    @Test
    void shouldOpenTheDistrictAndAllItsCommunesInOneBackgroundJob() {
        engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
            Map.of("periodType", "Q1", "periodYear", 2016, "reportingUnitIds", List.of(DISTRICT_ID)));
        var jobs = engine.getManagementService();
        jobs.executeJob(jobs.createJobQuery().activityId("startDistrictReports").singleResult().getId());
        ProcessInstance district = reporting.district(DISTRICT_ID);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count()).isZero();

        Job opening = jobs.createJobQuery().processInstanceId(district.getId()).activityId("startDistrictUnitReports").singleResult();
        jobs.executeJob(opening.getId());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count())
            .isEqualTo(12);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("writeUnitReport").count()).isEqualTo(12);
    }

    @Test
    void shouldOpenNoReportOfADistrictWhileOneCannotOpenAndAllOnceItCan() {
        engine.getRuntimeService().startProcessInstanceByKey(ReportingDriver.CYCLE,
            Map.of("periodType", "Q1", "periodYear", 2016, "reportingUnitIds", List.of(DISTRICT_ID)));
        var jobs = engine.getManagementService();
        jobs.executeJob(jobs.createJobQuery().activityId("startDistrictReports").singleResult().getId());
        String broken = ReportingDriver.PERIOD + ":" + communes.get(3);
        jdbc.sql("update rpt_unit_report set id = ? where id = ?").params(broken + "-hidden", broken).update();
        String opening = jobs.createJobQuery().activityId("startDistrictUnitReports").singleResult().getId();

        assertThatThrownBy(() -> jobs.executeJob(opening)).hasMessageContaining(communes.get(3));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count()).isZero();

        jdbc.sql("update rpt_unit_report set id = ? where id = ?").params(broken, broken + "-hidden").update();
        jobs.executeJob(opening);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count())
            .isEqualTo(12);
    }

    @Test
    void shouldStartNothingTwiceWhenTheOpeningRunsAgain() {
        reporting.openCycle(DISTRICT_ID);
        ProcessInstance district = reporting.district(DISTRICT_ID);

        // As if the job had run again: the same opening step, same district, same variables.
        engine.getRuntimeService().createProcessInstanceModification(district.getId())
            .startBeforeActivity("startDistrictUnitReports").execute();
        Jobs.runAll(engine.getManagementService());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.UNIT).count())
            .isEqualTo(12);
        assertThat(jdbc.sql("select count(distinct process_instance_id) from rpt_unit_report").query(Integer.class).single())
            .isEqualTo(12);
    }

    @Test
    void shouldConsolidateAsSoonAsEveryCommuneIsAcceptedOnTime() {
        reporting.openCycle(DISTRICT_ID);
        ProcessInstance district = reporting.district(DISTRICT_ID);
        communes.subList(0, communes.size() - 1).forEach(reporting::reportAccepted);
        assertThat(district).isWaitingAt("awaitCommuneReports");

        reporting.reportAccepted(communes.get(communes.size() - 1));

        assertThat(district).isWaitingAt("consolidateDistrictReport").hasPassed("communeReportsComplete");
        Task task = reporting.task(district, "consolidateDistrictReport");
        assertThat(task.getDueDate()).isEqualTo(ReportingDriver.DISTRICT_DEADLINE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
            .containsExactly(DISTRICT_OFFICE);
        assertThat(variable(district, "consolidationHeadline")).isEqualTo("11 báo cáo: 11 đúng hạn, 0 muộn, 0 chưa báo cáo");
        assertThat(variable(district, "missingUnits")).isNull();
        String units = variable(district, "consolidationUnits");
        assertThat(units).contains("UBND huyện Chợ Lách", "Đúng hạn", "Đã chấp nhận", "\"measuresDone\":\"1/3\"");
        assertThat(variable(district, "consolidationDimensions"))
            .contains("{\"dimension\":\"Công khai, minh bạch\",\"done\":11,\"inProgress\":0,\"notStarted\":0,\"unitsReporting\":11,\"obstacles\":0}");
        assertThat(variable(district, "consolidationFigures")).contains("{\"figure\":\"Lượt tiếp công dân\",\"total\":495,\"units\":11}");

        reporting.consolidate(district, "consolidateDistrictReport", "Các xã báo cáo đầy đủ, đúng hạn");

        assertThat(district).isEnded().hasPassed("recordDistrictConsolidation", "announceDistrictConsolidation");
        assertThat(reporting.consolidationRow(DISTRICT_ID)).containsEntry("STATUS", "DONE").containsEntry("ON_TIME", true)
            .containsEntry("DOCUMENT_NUMBER", "45/BC-PNV");
        assertThat(reporting.items(DISTRICT_ID)).hasSize(11).allSatisfy((unit, item) -> assertThat(item).isEqualTo("ON_TIME"));
    }

    @Test
    void shouldGoAheadAtTheDeadlineWithWhatHasArrivedAndListTheMissingCommune() {
        reporting.openCycle(DISTRICT_ID);
        ProcessInstance district = reporting.district(DISTRICT_ID);
        String inReview = communes.get(0);
        String missing = communes.get(1);
        communes.subList(2, communes.size()).forEach(reporting::reportAccepted);
        reporting.submit(inReview);
        reporting.sign(inReview);

        ReportingDriver.clockAt(LocalDate.of(2016, 3, 18), 8);
        Jobs.runAll(engine.getManagementService());

        assertThat(district).isWaitingAt("consolidateDistrictReport").hasPassed("communeDeadlinePassed")
            .hasNotPassed("communeReportsComplete");
        assertThat(variable(district, "consolidationHeadline")).isEqualTo("11 báo cáo: 10 đúng hạn, 0 muộn, 1 chưa báo cáo");
        assertThat(variable(district, "missingUnits")).isEqualTo("UBND xã Phú Phụng, huyện Chợ Lách");
        assertThat(reporting.consolidationRow(DISTRICT_ID)).containsEntry("STATUS", "OPEN");

        // Reviewed while the consolidation is open: still part of it.
        reporting.accept(inReview);
        Jobs.runAll(engine.getManagementService());
        reporting.consolidate(district, "consolidateDistrictReport", "Xã Phú Phụng chưa báo cáo");

        assertThat(reporting.items(DISTRICT_ID)).hasSize(11).containsEntry(inReview, "ON_TIME").containsEntry(missing, "MISSING,EXCLUDED");
    }

    @Test
    void shouldAcceptACommuneReportAfterTheConsolidationAsALateAddendum() {
        reporting.openCycle(DISTRICT_ID);
        ProcessInstance district = reporting.district(DISTRICT_ID);
        String late = communes.get(1);
        communes.stream().filter(c -> !c.equals(late)).forEach(reporting::reportAccepted);
        ReportingDriver.clockAt(LocalDate.of(2016, 3, 18), 8);
        Jobs.runAll(engine.getManagementService());
        reporting.consolidate(district, "consolidateDistrictReport", "Xã Phú Phụng chưa báo cáo");
        assertThat(district).isEnded();

        ReportingDriver.clockAt(LocalDate.of(2016, 3, 22), 10);
        reporting.reportAccepted(late);

        assertThat(reporting.report(late)).isNull();
        assertThat(reporting.reportRow(late)).containsEntry("STATUS", "ACCEPTED").containsEntry("ON_TIME", false)
            .extractingByKey("ADDENDUM_AT").isNotNull();
        assertThat(reporting.items(DISTRICT_ID)).containsEntry(late, "MISSING,EXCLUDED");
        Map<String, Object> mail = jdbc.sql("select unit_id, subject, body from ntf_outbox where dedup_key = ?")
            .param("report:2016-Q1:" + late + ":ADDENDUM").query().singleRow();
        assertThat(mail).containsEntry("UNIT_ID", DISTRICT_OFFICE);
        assertThat(mail.get("SUBJECT").toString()).contains("Báo cáo bổ sung của UBND xã Phú Phụng, huyện Chợ Lách – Quý I năm 2016");
        assertThat(mail.get("BODY").toString()).contains("nộp muộn", "phụ lục");
    }

    @Test
    void shouldRefuseAConsolidationWithoutAnAssessment() {
        reporting.openCycle(DISTRICT_ID);
        ProcessInstance district = reporting.district(DISTRICT_ID);
        ReportingDriver.clockAt(LocalDate.of(2016, 3, 18), 8);
        Jobs.runAll(engine.getManagementService());
        assertThat(variable(district, "consolidationHeadline")).isEqualTo("11 báo cáo: 0 đúng hạn, 0 muộn, 11 chưa báo cáo");

        assertThatThrownBy(() -> reporting.complete(district, "consolidateDistrictReport", Map.of("consolidationSummary", " ")))
            .isInstanceOf(RejectedInputException.class).hasMessageContaining("Cần nhập đánh giá chung của báo cáo tổng hợp");
        assertThat(district).isWaitingAt("consolidateDistrictReport");
        assertThat(reporting.consolidationRow(DISTRICT_ID)).containsEntry("STATUS", "OPEN");
    }
}
