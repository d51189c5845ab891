package vn.bentre.papi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.Jobs;

@SpringBootTest
@ActiveProfiles("test")
class PapiReviewProcessTests {

    static final LocalDate TODAY = LocalDate.of(2020, 1, 6);
    static final LocalDate DEADLINE = LocalDate.of(2020, 1, 17);
    static final String UNITS = ReviewFixtures.DEPARTMENT + ", " + ReviewFixtures.DISTRICT;

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;

    ReviewDriver reviews;
    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(at(TODAY, 9));
        reviews = new ReviewDriver(engine);
        fixtures = new ReviewFixtures(jdbc);
        fixtures.insert();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Cleanup.deleteInstances(engine, ReviewDriver.PROCESS, ReviewDriver.SELF_ASSESSMENT);
        fixtures.delete();
    }

    static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(DueDates.VIETNAM).toInstant());
    }

    private Map<String, Object> reviewRow(ProcessInstance review) {
        return jdbc.sql("select * from rev_review where id = ?").param(review.getId()).query().singleRow();
    }

    private Map<String, Object> selfAssessmentRow(ProcessInstance review, String unitId) {
        return jdbc.sql("select * from rev_self_assessment where review_id = ? and unit_id = ?")
            .params(review.getId(), unitId).query().singleRow();
    }

    @Test
    void shouldCollectEverySelfAssessmentPrefilledFromTheReportsAndPublishTheApprovedReport() {
        ProcessInstance review = reviews.start(UNITS, DEADLINE);

        assertThat(review).isWaitingAt("selfAssessments").variables().containsEntry("unitId", "so-noi-vu")
            .containsEntry("reviewId", review.getId()).containsEntry("reviewKindLabel", "Sơ kết");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(DueDates.endOfOfficeDay(DEADLINE));

        ProcessInstance department = reviews.selfAssessment(review, ReviewFixtures.DEPARTMENT);
        assertThat(department).isWaitingAt("fillSelfAssessment").variables()
            .containsEntry("unitId", ReviewFixtures.DEPARTMENT).containsEntry("unitName", "Sở Tư pháp")
            .containsEntry("dim1Id", "PARTICIPATION").containsEntry("dim1Done", 1).containsEntry("dim1InProgress", 0)
            .containsEntry("dim2Id", "TRANSPARENCY").containsEntry("dim2InProgress", 1)
            .containsEntry("dim3Id", "ACCOUNTABILITY").containsEntry("dim3NotStarted", 1)
            .containsEntry("dim8Id", "E_GOVERNANCE")
            .containsEntry("reportsOnTime", 1).containsEntry("reportsLate", 1).containsEntry("reportsMissing", 0)
            .containsEntry("evidenceCycles", "Quý I năm 2019, 6 tháng năm 2019").containsEntry("isDistrict", false);
        assertThat(reviews.task(department, "fillSelfAssessment").getDueDate()).isEqualTo(DueDates.endOfOfficeDay(DEADLINE));
        assertThat(engine.getTaskService().getIdentityLinksForTask(reviews.task(department, "fillSelfAssessment").getId()))
            .extracting(link -> link.getGroupId()).containsExactly(ReviewFixtures.DEPARTMENT);

        ProcessInstance district = reviews.selfAssessment(review, ReviewFixtures.DISTRICT);
        assertThat(district).variables().containsEntry("isDistrict", true).containsEntry("dim6Id", "SERVICE_DELIVERY")
            .containsEntry("dim6Done", 1).containsEntry("reportsMissing", 1);
        assertThat((String) engine.getRuntimeService().getVariable(district.getId(), "communesSummary"))
            .contains("đúng hạn 1").contains("chưa gửi 1").contains("UBND phường Phú Tân, thành phố Bến Tre");

        // Sở Tư pháp corrects a figure; its head signs.
        reviews.fill(department, Map.of("dim1Done", 2L, "dim1Assessment", "Tổ chức 4 hội nghị tuyên truyền"));
        assertThat(department).isWaitingAt("signSelfAssessment");
        assertThat(engine.getTaskService().getIdentityLinksForTask(reviews.task(department, "signSelfAssessment").getId()))
            .extracting(link -> link.getGroupId()).containsExactly(ReviewFixtures.DEPARTMENT + "-lanh-dao");
        reviews.sign(department);
        // The head's transaction stops before the end (asynchronous), so heads signing at once do not collide.
        assertThat(department).isWaitingAt("selfAssessmentSent");
        Jobs.runAll(engine.getManagementService());
        assertThat(department).isEnded();
        assertThat(review).isWaitingAt("selfAssessments");

        reviews.send(review, ReviewFixtures.DISTRICT);

        assertThat(review).isWaitingAt("draftReviewReport").hasPassed("prepareReviewReport").hasNotPassed("selfAssessmentDeadlinePassed");
        assertThat(review).variables().containsEntry("reviewAnsweredCount", 2).containsEntry("reviewAskedCount", 2)
            .containsEntry("missingUnitsText", null);
        assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "reportResults"))
            .contains("Tham gia của người dân ở cấp cơ sở: 2 giải pháp đã hoàn thành")
            .contains("Sở Tư pháp: Đã triển khai đầy đủ").contains("Cấp xã thuộc UBND thành phố Bến Tre");
        assertThat(jdbc.sql("select done, system_done from rev_dimension_assessment where review_id = ? and unit_id = ? "
                + "and dimension_id = 'PARTICIPATION'").params(review.getId(), ReviewFixtures.DEPARTMENT).query().singleRow())
            .containsEntry("DONE", 2).containsEntry("SYSTEM_DONE", 1);
        assertThat(reviewRow(review)).containsEntry("STATUS", "DRAFTING").containsEntry("COLLECTION_COMPLETE", true);

        reviews.draft(review);
        assertThat(review).isWaitingAt("approveReviewReport");
        assertThat(engine.getTaskService().getIdentityLinksForTask(reviews.task(review, "approveReviewReport").getId()))
            .extracting(link -> link.getGroupId()).containsExactly("ubnd-tinh-lanh-dao");
        assertThat(engine.getTaskService().getVariable(reviews.task(review, "approveReviewReport").getId(), "unitId"))
            .isEqualTo("ubnd-tinh");
        reviews.approve(review);

        assertThat(review).isWaitingAt("publishReviewResults");
        assertThat(engine.getTaskService().getIdentityLinksForTask(reviews.task(review, "publishReviewResults").getId()))
            .extracting(link -> link.getGroupId()).containsExactly("so-thong-tin-truyen-thong");
        ClockUtil.setCurrentTime(at(LocalDate.of(2020, 1, 20), 15));
        reviews.publish(review, ReviewDriver.VALID_URL);

        assertThat(review).isEnded().hasPassed("recordReviewPublication");
        assertThat(reviewRow(review)).containsEntry("STATUS", "PUBLISHED").containsEntry("DOCUMENT_NUMBER", "125/BC-UBND")
            .containsEntry("SIGNER_ROLE", "VICE_CHAIRMAN").containsEntry("PUBLICATION_URL", ReviewDriver.VALID_URL)
            .containsEntry("PUBLICATION_CHANNELS", "Cổng thông tin điện tử tỉnh, Báo Đồng Khởi");
    }

    @Test
    void shouldGoAheadAtTheDeadlineWithoutTheUnitThatNeverAnsweredAndListIt() {
        ProcessInstance review = reviews.start(UNITS, DEADLINE);
        reviews.send(review, ReviewFixtures.DEPARTMENT);
        ProcessInstance district = reviews.selfAssessment(review, ReviewFixtures.DISTRICT);
        // The district fills in, but its head never signs.
        reviews.fill(district, Map.of());

        ClockUtil.setCurrentTime(at(DEADLINE, 16));
        Jobs.runAll(engine.getManagementService());
        assertThat(review).isWaitingAt("selfAssessments");

        ClockUtil.setCurrentTime(at(DEADLINE, 18));
        Jobs.runAll(engine.getManagementService());

        assertThat(review).isWaitingAt("draftReviewReport").hasPassed("selfAssessmentDeadlinePassed");
        assertThat(district).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(district.getId()).count()).isZero();
        assertThat(review).variables().containsEntry("reviewAnsweredCount", 1).containsEntry("reviewAskedCount", 2)
            .containsEntry("missingUnitsText", "UBND thành phố Bến Tre");
        assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "reportOverview"))
            .contains("1/2 đơn vị đã gửi").contains("Chưa gửi báo cáo: UBND thành phố Bến Tre");
        assertThat(selfAssessmentRow(review, ReviewFixtures.DISTRICT)).containsEntry("STATUS", "MISSING");
        assertThat(selfAssessmentRow(review, ReviewFixtures.DEPARTMENT)).containsEntry("STATUS", "SIGNED");
        assertThat(reviewRow(review)).containsEntry("COLLECTION_COMPLETE", false);
    }

    @Test
    void shouldAskEveryDepartmentAndDistrictButTheFrontWhenNoUnitIsNamed() {
        ProcessInstance review = reviews.start(null, DEADLINE);

        List<String> asked = jdbc.sql("select unit_id from rev_self_assessment where review_id = ?").param(review.getId())
            .query(String.class).list();
        assertThat(asked).hasSize(30).contains("so-noi-vu", "so-tu-phap", "huyen-829", "huyen-832")
            .doesNotContain("mttq-tinh", "ubnd-tinh", "xa-28756", "huyen-829-phong-noi-vu");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReviewDriver.SELF_ASSESSMENT)
            .superProcessInstanceId(review.getId()).count()).isEqualTo(30);
    }

    @Test
    void shouldReturnTheSelfAssessmentToTheOfficialsWhenTheHeadAsksForChanges() {
        ProcessInstance review = reviews.start(ReviewFixtures.DEPARTMENT, DEADLINE);
        ProcessInstance department = reviews.selfAssessment(review, ReviewFixtures.DEPARTMENT);
        reviews.fill(department, Map.of());

        reviews.complete(department, "signSelfAssessment", Map.of("signOffDecision", "RETURN", "signOffReason", "Bổ sung số liệu quý III"));

        assertThat(department).isWaitingAt("fillSelfAssessment").variables()
            .containsEntry("selfAssessmentReturnReason", "Lãnh đạo đơn vị trả lại: Bổ sung số liệu quý III")
            .containsEntry("selfAssessmentRound", 2).containsEntry("signOffDecision", null);
        assertThat(selfAssessmentRow(review, ReviewFixtures.DEPARTMENT)).containsEntry("STATUS", "RETURNED");

        reviews.fill(department, Map.of());
        assertThat(department).variables().doesNotContainKey("selfAssessmentReturnReason");
        reviews.sign(department);
        Jobs.runAll(engine.getManagementService());

        assertThat(review).isWaitingAt("draftReviewReport");
        assertThat(jdbc.sql("select round || ':' || decision from rev_decision where review_id = ? and stage = 'SIGN_OFF' order by round")
            .param(review.getId()).query(String.class).list()).containsExactly("1:RETURN", "2:SIGN");
    }

    @Test
    void shouldGoBackToSoNoiVuWhenUbndTinhReturnsTheReportAndPublishItOnceApproved() {
        ProcessInstance review = reviews.start(ReviewFixtures.DEPARTMENT, DEADLINE);
        reviews.send(review, ReviewFixtures.DEPARTMENT);
        reviews.draft(review);

        reviews.returnReport(review, "Bổ sung đánh giá nội dung kiểm soát tham nhũng");

        assertThat(review).isWaitingAt("draftReviewReport").variables()
            .containsEntry("reviewReturnReason", "UBND tỉnh trả lại: Bổ sung đánh giá nội dung kiểm soát tham nhũng")
            .containsEntry("reviewRound", 2).containsEntry("approvalDecision", null);
        assertThat(reviewRow(review)).containsEntry("STATUS", "RETURNED");

        reviews.complete(review, "draftReviewReport", Map.of("reportLimitations", "- Kiểm soát tham nhũng: chưa đạt mục tiêu."));
        assertThat(review).variables().doesNotContainKey("reviewReturnReason");
        assertThat(reviewRow(review)).containsEntry("STATUS", "IN_APPROVAL").containsEntry("ROUNDS", 2)
            .containsEntry("LIMITATIONS", "- Kiểm soát tham nhũng: chưa đạt mục tiêu.");
        reviews.approve(review);
        reviews.publish(review, ReviewDriver.VALID_URL.replace("https", "http"));

        assertThat(review).isEnded();
        assertThat(jdbc.sql("select round || ':' || decision from rev_decision where review_id = ? and stage = 'APPROVAL' order by round")
            .param(review.getId()).query(String.class).list()).containsExactly("1:RETURN", "2:APPROVE");
    }

    @Nested
    class RejectedInput {

        @Test
        void shouldRefuseAPublicationWithAnInvalidLinkAndRecordNothing() {
            ProcessInstance review = reviews.start(ReviewFixtures.DEPARTMENT, DEADLINE);
            reviews.send(review, ReviewFixtures.DEPARTMENT);
            reviews.draft(review);
            reviews.approve(review);

            for (String url : List.of("www.bentre.gov.vn/tin-tuc", "ftp://bentre.gov.vn/bao-cao", "https://localhost/tin",
                    "javascript:alert(1)", "https://bentre.gov.vn/tin tức", "https://user@bentre.gov.vn/")) {
                assertThatThrownBy(() -> reviews.publish(review, url)).as(url)
                    .isInstanceOf(RejectedInputException.class).hasMessageContaining("Đường dẫn bài đăng");
            }

            assertThat(review).isWaitingAt("publishReviewResults");
            assertThat(reviewRow(review)).containsEntry("STATUS", "APPROVED").containsEntry("PUBLICATION_URL", null);
        }

        @Test
        void shouldRefuseAnApprovalWithoutAProperDocumentNumber() {
            ProcessInstance review = reviews.start(ReviewFixtures.DEPARTMENT, DEADLINE);
            reviews.send(review, ReviewFixtures.DEPARTMENT);
            reviews.draft(review);

            assertThatThrownBy(() -> reviews.complete(review, "approveReviewReport", Map.of("approvalDecision", "APPROVE",
                    "documentNumber", "125/UBND", "signerRole", "CHAIRMAN", "signerName", "Cao Văn Trọng")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("125/BC-UBND");
            assertThatThrownBy(() -> reviews.complete(review, "approveReviewReport", Map.of("approvalDecision", "RETURN")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("lý do trả lại");
            assertThat(review).isWaitingAt("approveReviewReport");
        }

        @Test
        void shouldRefuseANegativeCountOrAMissingAssessment() {
            ProcessInstance review = reviews.start(ReviewFixtures.DEPARTMENT, DEADLINE);
            ProcessInstance department = reviews.selfAssessment(review, ReviewFixtures.DEPARTMENT);

            assertThatThrownBy(() -> reviews.fill(department, Map.of("dim2Done", -1)))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("Nội dung 2: số giải pháp đã hoàn thành không được âm");
            assertThatThrownBy(() -> reviews.fill(department, Map.of("overallAssessment", " ")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("đánh giá chung");
            assertThat(department).isWaitingAt("fillSelfAssessment");
            assertThat(selfAssessmentRow(review, ReviewFixtures.DEPARTMENT)).containsEntry("STATUS", "DRAFTING");
        }

        @Test
        void shouldRefuseAReviewWhoseSpanEndsBeforeItStartsOrThatAsksACommune() {
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ReviewDriver.PROCESS, Map.of(
                    "reviewKind", "FINAL", "reviewFrom", "2020-12-31", "reviewTo", "2015-08-13", "selfAssessmentDeadline", "2020-01-17")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("ngày bắt đầu phải trước ngày kết thúc");
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ReviewDriver.PROCESS, Map.of(
                    "reviewKind", "FINAL", "reviewFrom", "2015-08-13", "reviewTo", "2020-12-31", "selfAssessmentDeadline", "2020-01-17",
                    "reviewUnitIds", "so-tu-phap, xa-28756")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("cấp xã do UBND huyện tổng hợp");
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReviewDriver.PROCESS).count()).isZero();
        }
    }
}
