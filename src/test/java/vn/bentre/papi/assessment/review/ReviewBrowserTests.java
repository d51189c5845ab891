package vn.bentre.papi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.support.CamundaBrowser;
import vn.bentre.papi.support.Cleanup;
import vn.bentre.papi.support.Jobs;

/**
 * Sở Tư pháp's official sends the pre-filled self-assessment from Tasklist's Camunda Form (fixed
 * fields per dimension: Complete must stay usable), and Sở Nội vụ opens the draft of the review
 * report with its tables and the link to the Word document.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewBrowserTests {

    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    ReviewDriver reviews;
    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        reviews = new ReviewDriver(engine);
        fixtures = new ReviewFixtures(jdbc);
        fixtures.insert();
    }

    @AfterEach
    void tearDown() {
        Cleanup.deleteInstances(engine, ReviewDriver.PROCESS, ReviewDriver.SELF_ASSESSMENT);
        fixtures.delete();
    }

    @Test
    void shouldLetADepartmentSendItsSelfAssessmentAndSoNoiVuOpenTheDraft() {
        ProcessInstance review = reviews.start(ReviewFixtures.DEPARTMENT, DueDates.today().plusDays(14));
        ProcessInstance department = reviews.selfAssessment(review, ReviewFixtures.DEPARTMENT);
        String fillTask = reviews.task(department, "fillSelfAssessment").getId();

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, "so-tu-phap-cv", "demo")
                .open("/camunda/app/tasklist/default/#/?task=" + fillTask)
                .waitForText("Tự đánh giá kết quả thực hiện Kế hoạch")
                .click("Nhận việc")
                .waitForText("Báo cáo tự đánh giá của Sở Tư pháp")
                .waitForText("1. Tham gia của người dân ở cấp cơ sở")
                .waitForText("Quý I năm 2019, 6 tháng năm 2019");
            assertThat(field(browser, "Số giải pháp đã hoàn thành").getAttribute("value")).isEqualTo("1");
            type(browser, "Đánh giá chung: những mặt làm được", "Triển khai đầy đủ các giải pháp được giao");
            browser.scrollTo(COMPLETE).screenshot("review-self-assessment-form");
            assertThat(browser.waitFor(COMPLETE).isEnabled()).as("Complete enabled once the form is filled").isTrue();
            browser.waitFor(COMPLETE).click();
            browser.waitForTextGone("Báo cáo tự đánh giá của Sở Tư pháp");
        }
        assertThat(jdbc.sql("select overall from rev_self_assessment where review_id = ? and unit_id = ?")
            .params(review.getId(), ReviewFixtures.DEPARTMENT).query(String.class).single())
            .isEqualTo("Triển khai đầy đủ các giải pháp được giao");

        reviews.sign(department);
        Jobs.runAll(engine.getManagementService());
        String draftTask = reviews.task(review, "draftReviewReport").getId();

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, "so-noi-vu-cv", "demo")
                .open("/camunda/app/tasklist/default/#/?task=" + draftTask)
                .waitForText("Dự thảo báo cáo sơ kết, tổng kết")
                .click("Nhận việc")
                .waitForText("Dự thảo báo cáo: Sơ kết thực hiện Kế hoạch nâng cao Chỉ số PAPI năm 2019")
                .waitForText("Kết quả theo từng nội dung của Chỉ số PAPI")
                .waitForText("Sở Tư pháp");
            WebElement link = browser.waitFor(By.partialLinkText("Tải báo cáo sơ kết, tổng kết"));
            assertThat(link.getAttribute("href")).endsWith("/api/reviews/" + review.getId() + "/report.docx");
            browser.screenshot("review-draft-form");
            browser.scrollTo(COMPLETE).screenshot("review-draft-form-end");
            assertThat(browser.waitFor(COMPLETE).isEnabled()).as("Complete enabled with the prefilled sections").isTrue();
        }
    }

    /** The form-js field whose label is {@code label}: labels point at their input with {@code for}. */
    private static WebElement field(CamundaBrowser browser, String label) {
        WebElement labelElement = browser.waitFor(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    private static void type(CamundaBrowser browser, String label, String text) {
        WebElement input = field(browser, label);
        input.clear();
        input.sendKeys(text);
    }
}
