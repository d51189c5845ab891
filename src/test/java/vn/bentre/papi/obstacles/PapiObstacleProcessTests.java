package vn.bentre.papi.obstacles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.platform.RejectedInputException;
import vn.bentre.papi.support.Cleanup;

@SpringBootTest
@ActiveProfiles("test")
class PapiObstacleProcessTests {

    static final String COMMUNE = ObstacleDriver.COMMUNE;
    /** Monday 07/03/2016, 09:00 in Bến Tre. */
    static final Date NOW = Date.from(LocalDate.of(2016, 3, 7).atTime(LocalTime.of(9, 0)).atZone(DueDates.VIETNAM).toInstant());

    @Autowired ProcessEngine engine;
    @Autowired Obstacles obstacles;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    ObstacleDriver cases;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(NOW);
        cases = new ObstacleDriver(engine, obstacles);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        Cleanup.deleteInstances(engine, Obstacles.PROCESS_KEY);
    }

    static Date endOfDay(int month, int day) {
        return DueDates.endOfOfficeDay(LocalDate.of(2016, month, day));
    }

    private Map<String, Object> obstacleRow(ProcessInstance instance) {
        return jdbc.sql("select * from obs_obstacle where process_instance_id = ?").param(instance.getId()).query().singleRow();
    }

    private List<String> steps(ProcessInstance instance) {
        return jdbc.sql("select step || ':' || coalesce(unit_id, '') from obs_step where process_instance_id = ? order by id")
            .param(instance.getId()).query(String.class).list();
    }

    private Map<String, Object> outbox(String key) {
        return jdbc.sql("select * from ntf_outbox where dedup_key = ?").param(key).query().singleRow();
    }

    private Object taskVariable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }

    @Test
    void shouldBeAnsweredBySoNoiVuWithinItsOwnCompetence() {
        ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);

        assertThat(instance).isWaitingAt("triageObstacle").hasBusinessKey(COMMUNE).variables()
            .containsEntry("unitId", COMMUNE).containsEntry("unitName", "UBND phường Phú Khương, thành phố Bến Tre")
            .containsEntry("dimensionName", "Công khai, minh bạch").containsEntry("urgencyLabel", "Bình thường");
        Task triage = cases.task(instance);
        assertThat(triage).hasCandidateGroup("so-noi-vu").hasDueDate(endOfDay(3, 10));
        assertThat(taskVariable(triage, "unitId")).as("reminders of the triage go to Sở Nội vụ").isEqualTo("so-noi-vu");
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "TRIAGE").containsEntry("UNIT_ID", COMMUNE)
            .containsEntry("MEASURE_ID", "transparency-2").containsEntry("SOURCE_REPORT_ID", "report-2016-Q1-" + COMMUNE);

        ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plusSeconds(2 * 86_400)));
        cases.answer(instance, "Áp dụng mẫu biểu theo Thông tư 343/2016/TT-BTC");

        assertThat(instance).isWaitingAt("acknowledgeObstacleAnswer").variables()
            .containsEntry("obstacleAnswer", "Áp dụng mẫu biểu theo Thông tư 343/2016/TT-BTC")
            .containsEntry("answeredBy", "Sở Nội vụ").containsEntry("obstacleRoute", "OWN_ANSWER");
        Task acknowledgement = cases.task(instance);
        assertThat(acknowledgement).hasCandidateGroup(COMMUNE).hasDueDate(endOfDay(3, 16));
        assertThat(taskVariable(acknowledgement, "unitId")).isEqualTo(COMMUNE);
        assertThat(outbox("obstacle:" + instance.getId() + ":ANSWERED:1"))
            .containsEntry("UNIT_ID", COMMUNE).containsEntry("SUBJECT", "[PAPI Bến Tre] Vướng mắc của đơn vị đã có trả lời");

        cases.acknowledge(instance);

        assertThat(instance).isEnded().hasPassed("obstacleClosed").hasNotPassed("giveDepartmentOpinion", "decideObstacle");
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "CLOSED").containsEntry("ROUTE", "OWN_ANSWER")
            .containsEntry("REOPENED", false).containsEntry("OPINIONS", 0).containsEntry("ESCALATIONS", 0)
            .containsEntry("RESOLUTION_WORKING_DAYS", 2);
        assertThat(obstacleRow(instance).get("CLOSED_AT")).isNotNull();
        assertThat(steps(instance)).containsExactly("RAISED:" + COMMUNE, "ANSWERED:so-noi-vu", "ACKNOWLEDGED:" + COMMUNE);
    }

    @Test
    void shouldAskTheCompetentDepartmentAndAnswerWithItsOpinion() {
        ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);

        cases.askDepartment(instance, "so-tai-chinh");

        assertThat(instance).isWaitingAt("giveDepartmentOpinion").variables().containsEntry("opinionUnitName", "Sở Tài chính");
        Task opinion = cases.task(instance);
        assertThat(opinion).hasCandidateGroup("so-tai-chinh").hasDueDate(endOfDay(3, 14));
        assertThat(taskVariable(opinion, "unitId")).isEqualTo("so-tai-chinh");
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "AWAITING_OPINION");

        cases.giveOpinion(instance, "Áp dụng mẫu biểu số 10 ban hành kèm Thông tư 343/2016/TT-BTC");

        assertThat(instance).isWaitingAt("triageObstacle").variables()
            .containsEntry("opinionCount", 1).doesNotContainKey("triageDecision")
            .containsEntry("opinionSummary", "Ý kiến của Sở Tài chính (07/03/2016): Áp dụng mẫu biểu số 10 ban hành kèm Thông tư 343/2016/TT-BTC");
        assertThat(cases.task(instance)).hasCandidateGroup("so-noi-vu").hasDueDate(endOfDay(3, 10));
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "TRIAGE").containsEntry("OPINIONS", 1);

        cases.answer(instance, "Theo ý kiến của Sở Tài chính, áp dụng mẫu biểu số 10");
        cases.acknowledge(instance);

        assertThat(instance).isEnded().hasPassed("giveDepartmentOpinion", "recordDepartmentOpinion").hasNotPassed("decideObstacle");
        assertThat(obstacleRow(instance)).containsEntry("ROUTE", "DEPARTMENT_OPINION").containsEntry("STATUS", "CLOSED");
        assertThat(steps(instance)).containsExactly("RAISED:" + COMMUNE, "OPINION_REQUESTED:so-tai-chinh",
            "OPINION_GIVEN:so-tai-chinh", "ANSWERED:so-noi-vu", "ACKNOWLEDGED:" + COMMUNE);
    }

    @Test
    void shouldProposeADecisionToUbndTinhWhoseLeaderDecides() {
        ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);

        cases.proposeToProvince(instance);

        assertThat(instance).isWaitingAt("decideObstacle");
        Task decision = cases.task(instance);
        assertThat(decision).hasCandidateGroup("ubnd-tinh-lanh-dao").hasDueDate(endOfDay(3, 16));
        assertThat(taskVariable(decision, "unitId")).isEqualTo("ubnd-tinh");
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "AWAITING_DECISION");

        cases.decide(instance, "Giao Sở Tài chính ban hành mẫu biểu thống nhất trước 30/4/2016", "1234/UBND-TCĐT");

        assertThat(instance).isWaitingAt("acknowledgeObstacleAnswer").variables()
            .containsEntry("answeredBy", "UBND tỉnh")
            .containsEntry("obstacleAnswer", "Giao Sở Tài chính ban hành mẫu biểu thống nhất trước 30/4/2016\n(Văn bản số 1234/UBND-TCĐT)");
        cases.acknowledge(instance);

        assertThat(instance).isEnded().hasPassed("decideObstacle", "recordProvinceDecision");
        assertThat(obstacleRow(instance)).containsEntry("ROUTE", "PROVINCE_DECISION").containsEntry("STATUS", "CLOSED");
        assertThat(steps(instance)).containsExactly("RAISED:" + COMMUNE, "PROPOSED:so-noi-vu", "DECIDED:ubnd-tinh",
            "ANSWERED:ubnd-tinh", "ACKNOWLEDGED:" + COMMUNE);
    }

    @Test
    void shouldReopenOnceWithAReasonAndRefuseASecondNotResolved() {
        ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);
        cases.answer(instance, "Niêm yết tại trụ sở UBND xã là đủ");

        cases.notResolved(instance, "Người dân ở các ấp xa không đến trụ sở xã");

        assertThat(instance).isWaitingAt("triageObstacle").variables()
            .containsEntry("obstacleReopened", true).containsEntry("reopenReason", "Người dân ở các ấp xa không đến trụ sở xã");
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "TRIAGE").containsEntry("REOPENED", true)
            .containsEntry("REOPEN_REASON", "Người dân ở các ấp xa không đến trụ sở xã");
        assertThat(cases.task(instance)).hasDueDate(endOfDay(3, 10));

        cases.proposeToProvince(instance);
        cases.decide(instance, "Niêm yết thêm tại nhà văn hóa các ấp", null);
        assertThatThrownBy(() -> cases.notResolved(instance, "Vẫn chưa đủ"))
            .isInstanceOf(RejectedInputException.class).hasMessageContaining("đã được xem xét lại một lần");
        assertThat(instance).isWaitingAt("acknowledgeObstacleAnswer");

        cases.acknowledge(instance);

        assertThat(instance).isEnded();
        assertThat(obstacleRow(instance)).containsEntry("STATUS", "CLOSED").containsEntry("REOPENED", true)
            .containsEntry("ROUTE", "PROVINCE_DECISION").containsEntry("ANSWER", "Niêm yết thêm tại nhà văn hóa các ấp");
        assertThat(steps(instance)).containsExactly("RAISED:" + COMMUNE, "ANSWERED:so-noi-vu", "REOPENED:" + COMMUNE,
            "PROPOSED:so-noi-vu", "DECIDED:ubnd-tinh", "ANSWERED:ubnd-tinh", "ACKNOWLEDGED:" + COMMUNE);
        assertThat(jdbc.sql("select count(*) from ntf_outbox where dedup_key like ?").param("obstacle:" + instance.getId() + ":ANSWERED:%")
            .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void shouldTellSoNoiVuLeadersWhenACaseIsNotTriagedInTimeAndKeepTheTask() {
        ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(endOfDay(3, 10));
        assertThat(cases.runJobs(instance)).as("nothing is due yet").isZero();

        ClockUtil.setCurrentTime(DueDates.endOfOfficeDay(LocalDate.of(2016, 3, 11)));
        assertThat(cases.runJobs(instance)).isEqualTo(1);

        assertThat(instance).isWaitingAt("triageObstacle").hasPassed("escalateObstacleTriage", "triageEscalated");
        Map<String, Object> mail = outbox("obstacle:" + instance.getId() + ":TRIAGE_OVERDUE:1");
        assertThat(mail).containsEntry("KIND", "NOTIFY").containsEntry("UNIT_ID", "so-noi-vu")
            .containsEntry("RECIPIENTS", "so-noi-vu-ld@demo.papi.bentre.local")
            .containsEntry("SUBJECT", "[PAPI Bến Tre] Vướng mắc của UBND phường Phú Khương, thành phố Bến Tre quá hạn xem xét")
            .containsEntry("PROCESS_INSTANCE_ID", instance.getId());
        assertThat((String) mail.get("BODY")).contains("chưa được Sở Nội vụ xem xét, phân loại trong hạn 10/03/2016")
            .contains(ObstacleDriver.DESCRIPTION);
        assertThat(obstacleRow(instance)).containsEntry("ESCALATIONS", 1);
        assertThat(steps(instance)).endsWith("ESCALATED:so-noi-vu");

        cases.answer(instance, "Trả lời muộn");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
    }

    @Test
    void shouldShortenEveryDueDateOfAnUrgentObstacle() {
        ProcessInstance instance = cases.raise(COMMUNE, Urgency.URGENT);
        assertThat(cases.task(instance)).hasDueDate(endOfDay(3, 8));

        cases.askDepartment(instance, "so-tai-chinh");
        assertThat(cases.task(instance)).hasDueDate(endOfDay(3, 9));
        cases.giveOpinion(instance, "Ý kiến");
        assertThat(cases.task(instance)).hasDueDate(endOfDay(3, 8));
        cases.proposeToProvince(instance);
        assertThat(cases.task(instance)).hasDueDate(endOfDay(3, 10));
        cases.decide(instance, "Quyết định", null);
        assertThat(cases.task(instance)).hasDueDate(endOfDay(3, 10));
        assertThat(obstacleRow(instance)).containsEntry("URGENCY", "URGENT").containsEntry("ROUTE", "PROVINCE_DECISION");
    }

    @Test
    void shouldStartInTheCallersTransaction() {
        transaction.executeWithoutResult(status -> {
            obstacles.raise(new ObstacleRequest("huyen-829", "PARTICIPATION", null, "x", "y", Urgency.NORMAL, "rolled-back-report"));
            status.setRollbackOnly();
        });

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Obstacles.PROCESS_KEY).count()).isZero();
        assertThat(jdbc.sql("select count(*) from obs_obstacle where source_report_id = 'rolled-back-report'").query(Integer.class).single()).isZero();
    }

    @Nested
    class RaisedFromTasklist {

        private ProcessInstance submitStartForm(String userId, List<String> groups, Map<String, Object> values) {
            engine.getIdentityService().setAuthentication(userId, groups);
            try {
                String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(Obstacles.PROCESS_KEY).latestVersion().singleResult().getId();
                return engine.getFormService().submitStartForm(definitionId, values);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }

        private Map<String, Object> form(String unitId) {
            Map<String, Object> values = new java.util.HashMap<>(Map.of("dimensionId", "ADMIN_PROCEDURES", "measureId", "procedures-2",
                "obstacleDescription", "Phần mềm một cửa chưa kết nối với cổng dịch vụ công", "obstacleProposal", "Đề nghị hỗ trợ kết nối",
                "urgency", "URGENT"));
            if (unitId != null) {
                values.put("unitId", unitId);
            }
            return values;
        }

        @Test
        void shouldTakeTheRaisingUnitFromTheOfficialsGroups() {
            ProcessInstance instance = submitStartForm("xa-28756-cv", List.of(COMMUNE), form(null));

            assertThat(instance).isWaitingAt("triageObstacle").variables()
                .containsEntry("unitId", COMMUNE).containsEntry("raisedBy", "xa-28756-cv").containsEntry("urgency", "URGENT");
            assertThat(obstacleRow(instance)).containsEntry("RAISED_BY", "xa-28756-cv").containsEntry("UNIT_ID", COMMUNE)
                .containsEntry("MEASURE_ID", "procedures-2");
        }

        @Test
        void shouldTakeTheNamedUnitOfAnOfficialInSeveralUnits() {
            ProcessInstance instance = submitStartForm("xa-28756-ld", List.of(COMMUNE, COMMUNE + "-lanh-dao", "huyen-829"),
                form("huyen-829"));

            assertThat(instance).variables().containsEntry("unitId", "huyen-829");
        }

        @Test
        void shouldRefuseAUnitTheOfficialDoesNotBelongTo() {
            assertThatThrownBy(() -> submitStartForm("xa-28756-cv", List.of(COMMUNE), form("so-tai-chinh")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("không thuộc đơn vị 'so-tai-chinh'");
        }

        @Test
        void shouldAskAnOfficialInSeveralUnitsWhichOne() {
            assertThatThrownBy(() -> submitStartForm("xa-28756-ld", List.of(COMMUNE, "huyen-829"), form(null)))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("thuộc nhiều đơn vị (xa-28756, huyen-829)");
        }
    }

    @Nested
    class RefusedInput {

        @Test
        void shouldRefuseAMeasureOfAnotherDimensionAndRecordNothing() {
            ObstacleRequest request = new ObstacleRequest(COMMUNE, "PARTICIPATION", "transparency-2", "x", "y", null, null);

            assertThatThrownBy(() -> obstacles.raise(request))
                .isInstanceOf(ObstacleInputException.class)
                .hasMessageContaining("Giải pháp transparency-2 không thuộc nội dung \"Tham gia của người dân ở cấp cơ sở\"");
            assertThat(jdbc.sql("select count(*) from obs_obstacle where dimension_id = 'PARTICIPATION'").query(Integer.class).single()).isZero();
        }

        @Test
        void shouldRefuseAnUnknownUnitOrDimensionAndAMissingDescription() {
            assertThatThrownBy(() -> obstacles.raise(new ObstacleRequest("xa-00000", "TRANSPARENCY", null, "x", "y", null, null)))
                .isInstanceOf(ObstacleInputException.class).hasMessageContaining("Không có đơn vị 'xa-00000'");
            assertThatThrownBy(() -> obstacles.raise(new ObstacleRequest(COMMUNE, "HAPPINESS", null, "x", "y", null, null)))
                .isInstanceOf(ObstacleInputException.class).hasMessageContaining("Không có nội dung PAPI 'HAPPINESS'");
            assertThatThrownBy(() -> obstacles.raise(new ObstacleRequest(COMMUNE, "TRANSPARENCY", null, " ", "y", null, null)))
                .isInstanceOf(ObstacleInputException.class).hasMessageContaining("Cần nhập nội dung vướng mắc");
        }

        @Test
        void shouldRefuseAnAnswerWithoutTextAndACommuneAsTheDepartmentToAsk() {
            ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);

            assertThatThrownBy(() -> cases.complete(instance, "triageObstacle", Map.of("triageDecision", "ANSWER")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Cần nhập nội dung trả lời đơn vị");
            assertThatThrownBy(() -> cases.askDepartment(instance, "xa-28757"))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("không phải sở, ngành tỉnh");
            assertThatThrownBy(() -> cases.askDepartment(instance, "so-noi-vu"))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("không phải sở, ngành tỉnh");

            assertThat(instance).isWaitingAt("triageObstacle");
            assertThat(obstacleRow(instance)).containsEntry("STATUS", "TRIAGE");
            assertThat(steps(instance)).containsExactly("RAISED:" + COMMUNE);
        }

        @Test
        void shouldRefuseReopeningWithoutAReason() {
            ProcessInstance instance = cases.raise(COMMUNE, Urgency.NORMAL);
            cases.answer(instance, "Trả lời");

            assertThatThrownBy(() -> cases.complete(instance, "acknowledgeObstacleAnswer", Map.of("acknowledgement", "NOT_RESOLVED")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("lý do chưa giải quyết được");
            assertThat(instance).isWaitingAt("acknowledgeObstacleAnswer");
        }
    }
}
