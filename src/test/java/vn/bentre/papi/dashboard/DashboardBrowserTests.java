package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.support.CamundaBrowser;

/**
 * {@code /dashboard} in headless Chromium, as Sở Nội vụ sees it: sent to the login help page first,
 * then logged in through Cockpit's form; every section drawn with data (the pilot rollout, a week of
 * reminder sweeps, a reporting cycle, open obstacles, the plan's PAPI figures), the failing test
 * section shown as an error among working ones. Screenshot of the whole page:
 * {@code target/screenshots/dashboard.png}. Run with {@code -Dpapi.it.browser=true}.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
class DashboardBrowserTests extends DashboardTestSupport {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired Organisation organisation;

    @Test
    void shouldDrawTheSectionsWithDataForSoNoiVu() {
        PilotRollout pilot = new PilotRollout(engine, organisation);
        pilot.play();
        reportsAndObstacles(pilot);
        for (LocalDate day : List.of(LocalDate.of(2015, 9, 28), LocalDate.of(2015, 9, 30), LocalDate.of(2015, 10, 1),
                LocalDate.of(2015, 10, 2), LocalDate.of(2015, 10, 5), LocalDate.of(2015, 10, 6))) {
            clockAt(day, LocalTime.of(8, 0));
            runReminderSweep(engine.getManagementService());
        }
        clockAt(LocalDate.of(2015, 10, 6), LocalTime.of(17, 0));

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.open("/dashboard").waitForText("Đăng nhập Cockpit trước");
            browser.logIn(CamundaBrowser.App.COCKPIT, "so-noi-vu-cv", "demo").open("/dashboard");
            WebDriver driver = browser.driver();
            waitUntilEverySectionLoaded(browser);

            assertThat(browser.title()).isEqualTo("Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre");
            assertThat(browser.visibleText()).contains("Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre", "Phạm vi: Toàn tỉnh",
                "Tiến độ xây dựng kế hoạch thực hiện của các đơn vị", "Huyện Chợ Lách", "Sở, ban, ngành tỉnh",
                "Việc quá hạn theo đơn vị", "Sở Y tế", "Nhắc việc và chuyển cấp xử lý trong 30 ngày qua", "Chuyển cấp xử lý",
                "hạn gửi kế hoạch 30/09/2015", "9 tháng năm 2015", "Vướng mắc chưa được trả lời", "Trung bình cao",
                TestSections.EXTRA_TITLE, TestSections.FAILING_TITLE, "Không tải được số liệu của mục này (mã lỗi ",
                "Cockpit", "Tasklist");
            assertThat(sectionState(driver, TestSections.FAILING)).isEqualTo("error");
            for (String id : List.of(RolloutProgressSection.ID, OverdueTasksSection.ID, RemindersSection.ID, ReportingSection.ID,
                    OpenObstaclesSection.ID, PapiScoresSection.ID, TestSections.EXTRA)) {
                assertThat(sectionState(driver, id)).as(id).isEqualTo("loaded");
                WebElement canvas = driver.findElement(By.cssSelector("#section-" + id + " canvas"));
                assertThat(canvas.getSize().getHeight()).as(id).isGreaterThan(100);
                Object points = ((JavascriptExecutor) driver).executeScript("var c = Chart.getChart(arguments[0]); return c.data.datasets"
                    + ".reduce(function (n, d) { return n + d.data.filter(function (v) { return v > 0; }).length; }, 0);", canvas);
                assertThat(((Number) points).intValue()).as("values above zero in %s", id).isPositive();
            }
            assertThat(driver.findElements(By.cssSelector("#section-" + RolloutProgressSection.ID + " a[href*='/cockpit/']"))).hasSize(2);

            wholePage(driver);
            browser.screenshot("dashboard");
        }
    }

    /** The third-quarter report of 2015 (communes due 17/09, the others 21/09) and a few open obstacles. */
    private void reportsAndObstacles(PilotRollout pilot) {
        OutcomeRows rows = new OutcomeRows(jdbc);
        rows.cycle("2015-Q3", LocalDateTime.of(2015, 9, 15, 7, 0));
        LocalDateTime communesDue = LocalDateTime.of(2015, 9, 17, 17, 0);
        for (int i = 0; i < pilot.communes.size(); i++) {
            String commune = pilot.communes.get(i);
            if (i < 6) {
                rows.report("2015-Q3", commune, "ACCEPTED", communesDue, communesDue.minusDays(1), true);
            } else if (i < 9) {
                rows.report("2015-Q3", commune, "IN_REVIEW", communesDue, communesDue.plusDays(3), false);
            } else {
                rows.report("2015-Q3", commune, "PENDING", communesDue, null, null);
            }
        }
        LocalDateTime othersDue = LocalDateTime.of(2015, 9, 21, 17, 0);
        rows.report("2015-Q3", "so-tu-phap", "ACCEPTED", othersDue, othersDue.minusDays(2), true);
        rows.report("2015-Q3", "so-y-te", "SUBMITTED", othersDue, othersDue.plusDays(4), false);
        rows.report("2015-Q3", PilotRollout.DISTRICT, "IN_REVIEW", othersDue, othersDue, true);
        rows.obstacle(pilot.draftingCommune, "TRANSPARENCY", "TRIAGE", LocalDate.of(2015, 10, 2),
            "Chưa có mẫu niêm yết công khai thu chi ngân sách xã");
        rows.obstacle(pilot.inReviewCommune, "ADMIN_PROCEDURES", "AWAITING_OPINION", LocalDate.of(2015, 9, 25),
            "Bộ phận một cửa thiếu máy scan để số hoá hồ sơ");
        rows.obstacle("so-y-te", "SERVICE_DELIVERY", "AWAITING_DECISION", LocalDate.of(2015, 8, 28),
            "Kinh phí khảo sát mức độ hài lòng tại các bệnh viện tuyến huyện");
    }

    /** One run of papi-task-reminders as the job executor would do it, whenever its timer is due. */
    private static void runReminderSweep(ManagementService management) {
        Job timer = management.createJobQuery().processDefinitionKey("papi-task-reminders").timers().singleResult();
        management.executeJob(timer.getId());
        management.createJobQuery().processDefinitionKey("papi-task-reminders").messages().list()
            .forEach(job -> management.executeJob(job.getId()));
    }

    private static void waitUntilEverySectionLoaded(CamundaBrowser browser) {
        try {
            new WebDriverWait(browser.driver(), WAIT)
                .until(d -> "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        } catch (TimeoutException e) {
            throw new AssertionError("The dashboard did not finish loading in " + WAIT.toSeconds() + " s; it shows:\n"
                + browser.visibleText() + "\n(screenshot " + browser.screenshot("dashboard-failure") + ")", e);
        }
    }

    private static String sectionState(WebDriver driver, String id) {
        return driver.findElement(By.id("section-" + id)).getDomAttribute("data-state");
    }

    /** Makes the window as tall as the page (a screenshot shows the window) and lets the charts redraw. */
    private static void wholePage(WebDriver driver) {
        long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 120, 8000)));
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
