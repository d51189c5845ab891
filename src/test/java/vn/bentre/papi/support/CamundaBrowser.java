package vn.bentre.papi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests of Camunda's webapps, running against the application a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} test started:
 *
 * <pre>{@code
 * try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
 *     browser.logIn(CamundaBrowser.App.TASKLIST, "xa-28756-cv", "demo")
 *         .waitForText("Việc của tôi")
 *         .screenshot("tasklist-filters");
 * }
 * }</pre>
 *
 * Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with the system
 * properties {@code papi.chromium} and {@code papi.chromedriver}); Selenium Manager never downloads
 * anything because both paths are given. Each browser has a fresh profile, deleted on close.
 * Screenshots go to {@code target/screenshots/<name>.png}. Tests using it carry {@code @Tag("browser")}
 * and run only with {@code -Dpapi.it.browser=true}.
 */
public final class CamundaBrowser implements AutoCloseable {

    /** Camunda's webapps, by the path segment under {@code /camunda/app/}. */
    public enum App {
        TASKLIST, COCKPIT, ADMIN, WELCOME;

        String path() {
            return name().toLowerCase();
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private CamundaBrowser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /**
     * @param port     the port of the application under test
     * @param language what the browser prefers, e.g. {@code "vi"} or {@code "en"}: both the UI
     *                 language ({@code --lang}) and the Accept-Language list
     */
    public static CamundaBrowser start(int port, String language) {
        Path profile = createProfileDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("papi.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1400,900", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The page's console, so that a failure says what the webapp's scripts complained of.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("papi.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
        return new CamundaBrowser(new ChromeDriver(service, options), profile, "http://localhost:" + port);
    }

    /** Opens the app's login page, logs in and waits until the app shows the user as logged in. */
    public CamundaBrowser logIn(App app, String user, String password) {
        open("/camunda/app/" + app.path() + "/default/#/login");
        WebElement username = waitFor(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
        username.clear();
        username.sendKeys(user);
        WebElement secret = driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        waitFor(By.cssSelector("[cam-widget-header] .account"));
        return this;
    }

    /** Opens a path of the application, e.g. {@code /camunda/app/cockpit/default/#/dashboard}. */
    public CamundaBrowser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Waits until the page shows the text (what a user sees, not hidden markup). */
    public CamundaBrowser waitForText(String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> visibleText().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("Page does not show \"" + text + "\" after " + WAIT.toSeconds() + " s; it shows:\n"
                + visibleText() + failureEvidence(), e);
        }
        return this;
    }

    /** Waits until the page no longer shows the text, e.g. a button that an action replaces. */
    public CamundaBrowser waitForTextGone(String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> !visibleText().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("Page still shows \"" + text + "\" after " + WAIT.toSeconds() + " s" + failureEvidence(), e);
        }
        return this;
    }

    /** Waits until an element is visible; on time-out says what the page showed and keeps a screenshot. */
    public WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("No visible " + locator + " after " + WAIT.toSeconds() + " s at " + driver.getCurrentUrl()
                + "; the page shows:\n" + visibleText() + failureEvidence(), e);
        }
    }

    /** Clicks the visible link or button whose text contains {@code text}. */
    public CamundaBrowser click(String text) {
        By locator = By.xpath("//*[self::a or self::button][contains(normalize-space(.), " + xpathLiteral(text) + ")]");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
        return this;
    }

    /** Tasklist: opens the start form of the process with this name, as "Khởi tạo quy trình" does. */
    public CamundaBrowser openStartForm(String processName) {
        return click("Khởi tạo quy trình").waitForText(processName).click(processName);
    }

    /** Tasklist: starts the process with what the start form holds (the dialog's primary button). */
    public CamundaBrowser submitStartForm() {
        driver.findElement(By.xpath("//button[contains(@class,'btn-primary') and "
            + "(contains(normalize-space(.), 'Khởi tạo') or contains(normalize-space(.), 'Bắt đầu'))]")).click();
        return this;
    }

    /** Scrolls the page so that the element is in view, e.g. before a screenshot. */
    public CamundaBrowser scrollTo(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", waitFor(locator));
        return this;
    }

    /** A screenshot and what the page's console logged, for a failure message. */
    private String failureEvidence() {
        String console;
        try {
            console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            console = "(console not available: " + e.getMessage() + ")";
        }
        return "\n(screenshot: " + screenshot("failure-" + System.currentTimeMillis()) + ")\nconsole:\n"
            + (console.isEmpty() ? "(empty)" : console);
    }

    /** Everything the page shows as text. */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The underlying driver, for what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path createProfileDirectory() {
        try {
            return Files.createTempDirectory("papi-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A left-over temporary profile is harmless.
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
