package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.bentre.papi.reporting.ReportingDriver.DEPARTMENT;
import static vn.bentre.papi.reporting.ReportingDriver.DISTRICT_ID;
import static vn.bentre.papi.reporting.ReportingDriver.DISTRICT_OFFICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.bentre.papi.platform.RejectedInputException;
import vn.bentre.papi.support.Jobs;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class PapiUnitReportProcessTests {

    static final String COMMUNE = "xa-28870";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
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
        jdbc.sql("delete from pln_plan_measure where process_instance_id = 'approved-plan-test'").update();
        jdbc.sql("delete from pln_unit_plan where process_instance_id = 'approved-plan-test'").update();
    }

    private List<Map<String, Object>> rounds(String unitId) {
        return jdbc.sql("select * from rpt_review_round where report_id = ? order by round, decided_at")
            .param(ReportingDriver.PERIOD + ":" + unitId).query().listOfRows();
    }

    @Test
    void shouldBeSignedAcceptedAndRecordedWithItsContent() {
        reporting.openCycle(DEPARTMENT);
        ProcessInstance report = reporting.report(DEPARTMENT);

        assertThat(report).isWaitingAt("writeUnitReport").hasVariables("unitName", "reviewerName", "dimensionOptions");
        assertThat(reporting.task(report, "writeUnitReport").getDueDate()).isEqualTo(ReportingDriver.DISTRICT_DEADLINE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(reporting.task(report, "writeUnitReport").getId()))
            .extracting(link -> link.getGroupId()).containsExactly(DEPARTMENT);
        reporting.submit(DEPARTMENT);

        assertThat(report).isWaitingAt("signUnitReport");
        assertThat(reporting.reportRow(DEPARTMENT)).containsEntry("STATUS", "SUBMITTED").containsEntry("ON_TIME", true);
        reporting.sign(DEPARTMENT);

        assertThat(report).isWaitingAt("reviewUnitReport");
        assertThat(engine.getTaskService().getIdentityLinksForTask(reporting.task(report, "reviewUnitReport").getId()))
            .extracting(link -> link.getGroupId()).containsExactly("so-noi-vu");
        reporting.accept(DEPARTMENT);
        Jobs.runAll(engine.getManagementService());

        assertThat(report).isEnded().hasPassed("recordReportReview", "forwardAcceptedReport");
        assertThat(reporting.reportRow(DEPARTMENT)).containsEntry("STATUS", "ACCEPTED").containsEntry("ROUNDS", 1)
            .containsEntry("ON_TIME", true);
        assertThat(rounds(DEPARTMENT)).extracting(r -> r.get("STAGE") + ":" + r.get("DECISION"))
            .containsExactlyInAnyOrder("SIGN_OFF:SIGN", "REVIEW:ACCEPT");
        assertThat(jdbc.sql("select measure_id || ':' || dimension_id || ':' || status from rpt_measure_progress where report_id = ? "
                + "order by measure_id").param(ReportingDriver.PERIOD + ":" + DEPARTMENT).query(String.class).list())
            .containsExactly("participation-2:PARTICIPATION:NOT_STARTED", "procedures-2:ADMIN_PROCEDURES:IN_PROGRESS",
                "transparency-2:TRANSPARENCY:DONE");
        assertThat(jdbc.sql("select figure || '=' || amount from rpt_figure where report_id = ? order by figure")
            .param(ReportingDriver.PERIOD + ":" + DEPARTMENT).query(String.class).list())
            .containsExactly("citizensReceived=45", "onlineServicesLevel34=12", "satisfactionSurveys=1");
        assertThat(jdbc.sql("select dimension_id from rpt_dimension_result where report_id = ? and summary is not null")
            .param(ReportingDriver.PERIOD + ":" + DEPARTMENT).query(String.class).list()).containsExactly("TRANSPARENCY");
    }

    @Test
    void shouldPrefillTheMeasuresOfTheUnitsApprovedPlan() {
        jdbc.sql("insert into pln_unit_plan (process_instance_id, unit_id, status, due_at, rounds, approved_at) "
            + "values ('approved-plan-test', ?, 'APPROVED', ?, 1, ?)").params(DEPARTMENT, new java.sql.Timestamp(0),
            new java.sql.Timestamp(1000)).update();
        jdbc.sql("insert into pln_plan_measure (process_instance_id, measure_id, unit_id, action, responsible) values "
            + "('approved-plan-test', 'procedures-1', ?, 'Rà soát, công khai thủ tục hành chính', 'Văn phòng Sở')")
            .param(DEPARTMENT).update();

        reporting.openCycle(DEPARTMENT);

        assertThat(reporting.report(DEPARTMENT)).variables().containsEntry("hasApprovedPlan", true);
        String prefilled = engine.getRuntimeService().getVariableTyped(reporting.report(DEPARTMENT).getId(), "measureReports")
            .getValue().toString();
        assertThat(prefilled).contains("\"measureId\":\"procedures-1\"", "Rà soát, công khai thủ tục hành chính");
        String dimensions = engine.getRuntimeService().getVariableTyped(reporting.report(DEPARTMENT).getId(), "dimensionReports")
            .getValue().toString();
        assertThat(dimensions).contains("PARTICIPATION", "SERVICE_DELIVERY").doesNotContain("E_GOVERNANCE");
    }

    @Test
    void shouldSendACommunesReportToItsDistrictsHomeAffairsOfficeAndLoopWhenReturned() {
        reporting.openCycle(DISTRICT_ID);
        ProcessInstance report = reporting.report(COMMUNE);
        assertThat(reporting.task(report, "writeUnitReport").getDueDate()).isEqualTo(ReportingDriver.COMMUNE_DEADLINE);
        reporting.submit(COMMUNE);
        reporting.sign(COMMUNE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(reporting.task(report, "reviewUnitReport").getId()))
            .extracting(link -> link.getGroupId()).containsExactly(DISTRICT_OFFICE);

        reporting.returnFromReview(COMMUNE, "Bổ sung kết quả tiếp công dân");

        assertThat(report).isWaitingAt("writeUnitReport").variables()
            .containsEntry("reportReturnReason", "Phòng Nội vụ huyện Chợ Lách trả lại: Bổ sung kết quả tiếp công dân")
            .containsEntry("reportRound", 2);
        assertThat(reporting.reportRow(COMMUNE)).containsEntry("STATUS", "RETURNED");

        reporting.submit(COMMUNE);
        assertThat(report).variables().doesNotContainKeys("reportReturnReason", "reviewDecision");
        reporting.sign(COMMUNE);
        reporting.accept(COMMUNE);
        Jobs.runAll(engine.getManagementService());

        assertThat(report).isEnded();
        assertThat(reporting.reportRow(COMMUNE)).containsEntry("STATUS", "ACCEPTED").containsEntry("ROUNDS", 2);
        assertThat(rounds(COMMUNE)).extracting(r -> r.get("ROUND") + ":" + r.get("STAGE") + ":" + r.get("DECISION"))
            .containsExactlyInAnyOrder("1:SIGN_OFF:SIGN", "1:REVIEW:RETURN", "2:SIGN_OFF:SIGN", "2:REVIEW:ACCEPT");
        assertThat(jdbc.sql("select count(*) from rpt_submission where report_id = ?").param(ReportingDriver.PERIOD + ":" + COMMUNE)
            .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void shouldGoBackToWritingWhenTheHeadReturnsIt() {
        reporting.openCycle(DEPARTMENT);
        reporting.submit(DEPARTMENT);

        reporting.complete(reporting.report(DEPARTMENT), "signUnitReport", Map.of("signOffDecision", "RETURN",
            "signOffReason", "Ghi rõ số liệu tiếp công dân"));

        assertThat(reporting.report(DEPARTMENT)).isWaitingAt("writeUnitReport").variables()
            .containsEntry("reportReturnReason", "Lãnh đạo đơn vị trả lại: Ghi rõ số liệu tiếp công dân");
        reporting.reportAccepted(DEPARTMENT);
        assertThat(reporting.reportRow(DEPARTMENT)).containsEntry("STATUS", "ACCEPTED").containsEntry("ROUNDS", 2);
    }

    @Test
    void shouldRecordALateSubmissionAsLateEvenWhenResubmittedLater() {
        reporting.openCycle(DEPARTMENT);
        ReportingDriver.clockAt(LocalDate.of(2016, 3, 22), 9);

        reporting.reportAccepted(DEPARTMENT);

        assertThat(reporting.reportRow(DEPARTMENT)).containsEntry("ON_TIME", false).containsEntry("STATUS", "ACCEPTED");
        assertThat(jdbc.sql("select on_time from rpt_submission where report_id = ?").param(ReportingDriver.PERIOD + ":" + DEPARTMENT)
            .query(Boolean.class).single()).isFalse();
    }

    @Test
    void shouldPublishTheObstaclesOnceWhenTheReportIsAccepted() {
        reporting.openCycle(DEPARTMENT);
        reporting.complete(reporting.report(DEPARTMENT), "writeUnitReport",
            reporting.reportVariables(ReportingDriver.MEASURES, ReportingDriver.OBSTACLES));
        reporting.sign(DEPARTMENT);
        assertThat(events.stream(ObstaclesReported.class)).isEmpty();

        reporting.accept(DEPARTMENT);

        assertThat(events.stream(ObstaclesReported.class)).singleElement().satisfies(event -> {
            assertThat(event.reportId()).isEqualTo(ReportingDriver.PERIOD + ":" + DEPARTMENT);
            assertThat(event.unitId()).isEqualTo(DEPARTMENT);
            assertThat(event.obstacles()).containsExactly(new ObstaclesReported.Obstacle(1, "ADMIN_PROCEDURES",
                "Đường truyền mạng tại Bộ phận một cửa chập chờn", "Đề nghị Sở TT&TT hỗ trợ"));
        });
        assertThat(jdbc.sql("select count(*) from rpt_obstacle where unit_id = ?").param(DEPARTMENT).query(Integer.class).single())
            .isEqualTo(1);
    }

    @Nested
    class RejectedInput {

        @Test
        void shouldRefuseMeasuresWithoutStatusOrResultAndRecordNothing() {
            reporting.openCycle(DEPARTMENT);
            var variables = reporting.reportVariables("""
                [{"measureId":"procedures-9","status":"DONE","result":"x"},
                 {"measureId":"procedures-2"},
                 {"measureId":"transparency-2","status":"DONE","result":" "}]""", "[]");

            assertThatThrownBy(() -> reporting.complete(reporting.report(DEPARTMENT), "writeUnitReport", variables))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Giải pháp dòng 1: 'procedures-9' không có trong danh mục giải pháp")
                .hasMessageContaining("Giải pháp dòng 2: cần chọn tình trạng")
                .hasMessageContaining("Giải pháp dòng 3: cần ghi kết quả đạt được");

            assertThat(reporting.report(DEPARTMENT)).isWaitingAt("writeUnitReport");
            assertThat(reporting.reportRow(DEPARTMENT)).containsEntry("STATUS", "DRAFTING");
            assertThat(jdbc.sql("select count(*) from rpt_submission").query(Integer.class).single()).isZero();
        }

        @Test
        void shouldRefuseANegativeFigureAndAnObstacleWithoutDescription() {
            reporting.openCycle(DEPARTMENT);
            var variables = reporting.reportVariables(ReportingDriver.MEASURES, "[{\"dimensionId\":\"TRANSPARENCY\"}]");
            variables.put("citizensReceived", -3);

            assertThatThrownBy(() -> reporting.complete(reporting.report(DEPARTMENT), "writeUnitReport", variables))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Lượt tiếp công dân không được âm");
            variables.put("citizensReceived", 3);
            assertThatThrownBy(() -> reporting.complete(reporting.report(DEPARTMENT), "writeUnitReport", variables))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Vướng mắc dòng 1: cần mô tả vướng mắc");
        }

        @Test
        void shouldRefuseAnEmptyReport() {
            reporting.openCycle(DEPARTMENT);
            var variables = reporting.reportVariables("[]", "[]");
            variables.put("dimensionReports", SpinValues.jsonValue("[{\"dimensionId\":\"TRANSPARENCY\",\"summary\":\"  \"}]").create());

            assertThatThrownBy(() -> reporting.complete(reporting.report(DEPARTMENT), "writeUnitReport", variables))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("Báo cáo cần kết quả của ít nhất một giải pháp hoặc một nội dung PAPI");
        }

        @Test
        void shouldRefuseAReturnWithoutAReason() {
            reporting.openCycle(DEPARTMENT);
            reporting.submit(DEPARTMENT);
            reporting.sign(DEPARTMENT);

            assertThatThrownBy(() -> reporting.complete(reporting.report(DEPARTMENT), "reviewUnitReport",
                    Map.of("reviewDecision", "RETURN")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Cần nhập lý do trả lại");
            assertThat(reporting.report(DEPARTMENT)).isWaitingAt("reviewUnitReport");
            assertThat(reporting.reportRow(DEPARTMENT)).containsEntry("STATUS", "IN_REVIEW");
        }
    }
}
