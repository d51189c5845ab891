package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
    static final Date DUE = Date.from(Instant.now().plus(26, ChronoUnit.HOURS));
    static final Date LATER_DUE = Date.from(Instant.now().plus(10, ChronoUnit.DAYS));
    static final String DUE_LABEL = day(DUE);
    static final String LATER_DUE_LABEL = day(LATER_DUE);

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
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", DUE);
        // Started last, so Tasklist's own order (newest first) would list it first.
        tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", LATER_DUE);

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

            browser.click("Việc của đơn vị").waitForText(TASK_NAME).waitForText("ngày tới");
            browser.screenshot("tasklist-unit-tasks");
            String unitTasks = browser.visibleText();
            assertThat(unitTasks).contains("Đơn vị", "Phường Phú Khương", "Hạn xử lý", DUE_LABEL, LATER_DUE_LABEL)
                .doesNotContain("in a day", "ago");
            assertThat(unitTasks.indexOf(DUE_LABEL)).as("sooner due first").isLessThan(unitTasks.indexOf(LATER_DUE_LABEL));

            browser.click(TASK_NAME).waitForText("Nhận việc");
            assertThat(browser.visibleText()).contains("Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả");
            browser.screenshot("tasklist-task-open");

            browser.click("Nhận việc").waitForTextGone("Nhận việc");
            browser.click("Việc của tôi").waitForText(TASK_NAME).click(TASK_NAME).waitForText("Biểu mẫu");
            browser.screenshot("tasklist-my-tasks");

            browser.click("Hoàn thành").waitForText("Không có công việc nào khớp với bộ lọc.");
            assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(TestTasks.WORK).count()).isEqualTo(1);
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
            browser.screenshot("cockpit-dashboard");
            browser.scrollTo(By.cssSelector(".papi-key-figures")).screenshot("cockpit-dashboard-key-figures");
            assertThat(browser.visibleText())
                .contains("Công việc đang mở", "Quá hạn", "Sắp đến hạn", "Mở bảng theo dõi Kế hoạch PAPI")
                .contains("Quy trình", "Quyết định", "Công việc")
                .doesNotContain("Processes", "Decisions", "Human Tasks", "Đang tải số liệu");
            assertThat(browser.title()).startsWith("Hệ thống theo dõi Kế hoạch PAPI tỉnh Bến Tre – Giám sát");
            long open = engine.getTaskService().createTaskQuery().count();
            long overdue = engine.getTaskService().createTaskQuery().dueBefore(new Date()).count();
            assertThat(browser.waitFor(By.cssSelector(".papi-figure:nth-child(1)")).getText())
                .isEqualTo(open + "\nCông việc đang mở");
            assertThat(browser.waitFor(By.cssSelector(".papi-figure--alert")).getText()).isEqualTo(overdue + "\nQuá hạn");
            assertThat(browser.waitFor(By.cssSelector(".papi-key-figures__link")).getAttribute("href"))
                .isEqualTo("http://localhost:" + port + "/dashboard");
        }
    }

    @Test
    void shouldShowCockpitsProcessViewsAndIncidentsInVietnamese() {
        Task task = tasks.start(TestTasks.WORK, "xa-28756", "Phường Phú Khương", null);
        engine.getRuntimeService().createIncident("failedJob", task.getExecutionId(), "test", "Lỗi thử nghiệm");

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(App.COCKPIT, "so-noi-vu-cv", "demo")
                .open("/camunda/app/cockpit/default/#/processes").waitForText("Thử nghiệm: lập báo cáo");
            browser.screenshot("cockpit-processes");
            assertThat(browser.visibleText()).contains("định nghĩa quy trình đã triển khai", "Sự cố")
                .doesNotContain("Process Definitions", "Running Instances");

            browser.open("/camunda/app/cockpit/default/#/process-definition/" + task.getProcessDefinitionId() + "/runtime")
                .waitForText("Phiên chạy quy trình");
            browser.screenshot("cockpit-process-definition");
            assertThat(browser.visibleText()).contains("Mã định nghĩa:", "Khóa định nghĩa:", "Phiên bản", today())
                .doesNotContain("Definition Version", "Process Instances", "Không thể hiển thị sơ đồ");

            browser.open("/camunda/app/cockpit/default/#/process-instance/" + task.getProcessInstanceId() + "/runtime")
                .waitForText("Biến").click("Sự cố").waitForText("Lỗi thử nghiệm");
            browser.screenshot("cockpit-process-instance-incidents");
            assertThat(browser.visibleText()).contains("Mã phiên chạy", "Khóa nghiệp vụ:", "Thông báo", "Kiểu", today())
                .doesNotContain("Instance ID:", "Business Key:", "Incidents");
        }
    }

    @Test
    void shouldShowAdminAndWelcomeInVietnamese() {
        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(App.ADMIN, "admin", "admin").open("/camunda/app/admin/default/#/users")
                .waitForText("Danh sách người dùng");
            browser.screenshot("admin-users");
            assertThat(browser.visibleText()).contains("Người dùng", "Nhóm", "Phân quyền", "Hệ thống")
                .doesNotContain("List of Users", "Authorizations");

            browser.open("/camunda/app/welcome/default/#!/welcome").waitForText("Bảng theo dõi Kế hoạch PAPI");
            browser.screenshot("welcome");
            assertThat(browser.visibleText()).contains("Ứng dụng", "Hồ sơ", "Liên kết")
                .doesNotContain("Applications", "Links");
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

    private static String today() {
        return day(new Date());
    }

    private static String day(Date date) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date.toInstant().atZone(ZoneId.systemDefault()));
    }

    /** The system's name under the login form comes from the branding stylesheet (a ::after). */
    private static String loginSubtitle(CamundaBrowser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
            "return getComputedStyle(document.querySelector('.login-header'), '::after').content;"));
    }
}
