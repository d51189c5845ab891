package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.support.CamundaBrowser;
import vn.bentre.papi.support.CamundaBrowser.App;

/** What an official and a supervisor see in headless Chromium whose browser prefers Vietnamese. */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VietnameseWebappsBrowserTests {

    static final String TASK_NAME = "Lập báo cáo thực hiện Kế hoạch PAPI";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    TestTasks tasks;

    @BeforeEach
    void setUp() {
        tasks = new TestTasks(engine);
    }

    @AfterEach
    void tearDown() {
        tasks.clear();
    }

    @Test
    void shouldLetACommuneOfficialWorkTheirUnitsTaskInVietnamese() {
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương",
            Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.open("/camunda/app/tasklist/default/#/login").waitForText("Đăng nhập");
            browser.screenshot("tasklist-login-vi");
            assertThat(browser.visibleText()).contains("Công việc", "Vận hành trên nền tảng Camunda");
            assertThat(browser.waitFor(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
                .isEqualTo("Tên đăng nhập");
            assertThat(loginSubtitle(browser)).contains("Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre");

            browser.logIn(App.TASKLIST, "xa-28756-cv", "demo").waitForText("Việc của đơn vị");
            browser.screenshot("tasklist-filters");
            assertThat(browser.visibleText())
                .contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn", "Khởi tạo quy trình")
                .doesNotContain("Chờ tôi xét duyệt", "Start process", "Filters");
            assertThat(browser.title()).startsWith("Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre – Công việc");

            browser.click("Việc của đơn vị").waitForText(TASK_NAME);
            assertThat(browser.visibleText()).contains("Phường Phú Khương");
            browser.screenshot("tasklist-unit-tasks");

            browser.click(TASK_NAME).waitForText("Nhận việc");
            assertThat(browser.visibleText()).contains("Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả");
            browser.screenshot("tasklist-task-open");

            browser.click("Nhận việc").waitForText("Đã nhận việc");
            browser.click("Việc của tôi").waitForText(TASK_NAME);
            browser.screenshot("tasklist-my-tasks");
        }
    }

    @Test
    void shouldShowSoNoiVuThePlansKeyFiguresOnCockpitsDashboard() {
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        tasks.start(TestTasks.WORK, "xa-28757", "Phường Phú Tân", null);

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(App.COCKPIT, "so-noi-vu-cv", "demo")
                .waitForText("số liệu chính")
                .waitForText("Phạm vi: Toàn tỉnh");
            browser.screenshot("cockpit-dashboard-key-figures");
            assertThat(browser.visibleText())
                .contains("Công việc đang mở", "Quá hạn", "Sắp đến hạn", "Mở bảng theo dõi Kế hoạch PAPI")
                .contains("Quy trình", "Quyết định", "Công việc")
                .doesNotContain("Processes", "Decisions", "Human Tasks", "Đang tải số liệu");
            assertThat(browser.title()).startsWith("Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre – Giám sát");
        }
    }

    @Test
    void shouldLetAnEnglishBrowserSwitchToVietnamese() {
        try (CamundaBrowser browser = CamundaBrowser.start(port, "en")) {
            browser.open("/camunda/app/tasklist/default/#/login").waitForText("Log in");

            browser.click("Tiếng Việt").waitForText("Đăng nhập");
            browser.screenshot("tasklist-login-switched-to-vi");

            browser.click("English").waitForText("Log in");
        }
    }

    /** The system's name under the login form comes from the branding stylesheet (a ::after). */
    private static String loginSubtitle(CamundaBrowser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
            "return getComputedStyle(document.querySelector('.login-header'), '::after').content;"));
    }
}
