package vn.bentre.papi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bentre.papi.organisation.Organisation;

/**
 * {@code /dashboard} in headless Chromium, as Sở Nội vụ sees it: logged in through Cockpit's form,
 * charts drawn with data from the pilot rollout and a week of reminder sweeps, the failing test
 * section shown as an error among working ones. Screenshot: {@code target/screenshots/dashboard.png}.
 * Run with {@code -Dpapi.it.browser=true} (Debian's chromium and chromium-driver).
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
class DashboardBrowserTests extends DashboardTestSupport {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired Organisation organisation;
    ChromeDriver driver;
    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("papi-dashboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

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

        open("/dashboard");
        waitUntil("the login help page", () -> text().contains("Đăng nhập Cockpit trước"));

        logIntoCockpit("so-noi-vu-cv", "demo");
        open("/dashboard");
        waitUntil("every section loaded", () -> "ready".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-state")));

        assertThat(driver.getTitle()).isEqualTo("Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre");
        String text = text();
        assertThat(text).contains("Bảng theo dõi Kế hoạch PAPI tỉnh Bến Tre", "Phạm vi: Toàn tỉnh",
            "Tiến độ xây dựng kế hoạch thực hiện của các đơn vị", "Huyện Chợ Lách", "Sở, ban, ngành tỉnh",
            "Việc quá hạn theo đơn vị", "Sở Y tế", "Nhắc việc và chuyển cấp xử lý trong 30 ngày qua", "Chuyển cấp xử lý",
            "hạn gửi kế hoạch 30/09/2015", "9 tháng năm 2015", "Vướng mắc chưa được trả lời", "Trung bình cao",
            TestSections.EXTRA_TITLE, TestSections.FAILING_TITLE,
            "Không tải được số liệu của mục này (mã lỗi ", "Cockpit", "Tasklist");
        assertThat(sectionState(TestSections.FAILING)).isEqualTo("error");
        for (String id : List.of(RolloutProgressSection.ID, OverdueTasksSection.ID, RemindersSection.ID, ReportingSection.ID,
                OpenObstaclesSection.ID, PapiScoresSection.ID, TestSections.EXTRA)) {
            assertThat(sectionState(id)).as(id).isEqualTo("loaded");
            WebElement canvas = driver.findElement(By.cssSelector("#section-" + id + " canvas"));
            assertThat(canvas.getSize().getHeight()).as(id).isGreaterThan(100);
            Object points = js("var c = Chart.getChart(arguments[0]); return c.data.datasets"
                + ".reduce(function (n, d) { return n + d.data.filter(function (v) { return v > 0; }).length; }, 0);", canvas);
            assertThat(((Number) points).intValue()).as("values above zero in %s", id).isPositive();
        }
        assertThat(driver.findElements(By.cssSelector("#section-" + RolloutProgressSection.ID + " a[href*='/cockpit/']"))).hasSize(2);

        screenshot("dashboard");
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

    private void logIntoCockpit(String user, String password) {
        open("/camunda/app/cockpit/default/#/login");
        WebElement username = waitFor(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        waitFor(By.cssSelector("[cam-widget-header] .account"));
    }

    /** One run of papi-task-reminders as the job executor would do it, whenever its timer is due. */
    private static void runReminderSweep(ManagementService management) {
        Job timer = management.createJobQuery().processDefinitionKey("papi-task-reminders").timers().singleResult();
        management.executeJob(timer.getId());
        management.createJobQuery().processDefinitionKey("papi-task-reminders").messages().list()
            .forEach(job -> management.executeJob(job.getId()));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private String sectionState(String id) {
        return driver.findElement(By.id("section-" + id)).getDomAttribute("data-state");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + "; the page shows:\n" + text()
                + "\n(screenshot " + screenshot("dashboard-failure") + ")", e);
        }
    }

    /** The whole page: the window is made as tall as the page first, then the charts redraw. */
    private Path screenshot(String name) {
        try {
            long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
            driver.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 120, 6000)));
            Thread.sleep(1000);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
