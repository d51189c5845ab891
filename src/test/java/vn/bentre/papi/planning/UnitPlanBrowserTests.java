package vn.bentre.papi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
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

import vn.bentre.papi.support.CamundaBrowser;
import vn.bentre.papi.support.Cleanup;

/**
 * A commune official drafts the unit plan in Tasklist's Camunda Form, as a person would: claim,
 * add a measure from the catalogue list, fill it in, complete. After the head's signature the
 * district's Phòng Nội vụ finds the review task in its own Tasklist.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitPlanBrowserTests {

    static final String COMMUNE = "xa-28756";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @AfterEach
    void tearDown() {
        Cleanup.deleteInstances(engine, UnitPlanDriver.PROCESS);
    }

    @Test
    void shouldLetACommuneOfficialDraftThePlanInTasklistAndTheReviewerSeeIt() {
        var plans = new UnitPlanDriver(engine);
        ProcessInstance instance = plans.start(COMMUNE, UnitPlanDriver.deadline(LocalDate.now().plusMonths(1)));
        String taskId = plans.task(instance).getId();

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, COMMUNE + "-cv", "demo")
                .open("/camunda/app/tasklist/default/#/?task=" + taskId)
                .waitForText("Xây dựng kế hoạch của đơn vị")
                .click("Nhận việc")
                .waitForText("Kế hoạch thực hiện của UBND phường Phú Khương");
            chooseOption(browser, "Giải pháp trong danh mục", "transparency-2");
            type(browser, "Nội dung đơn vị sẽ thực hiện", "Niêm yết công khai thu chi ngân sách xã hằng quý");
            type(browser, "Bộ phận, người chịu trách nhiệm", "Kế toán xã");
            type(browser, "Kinh phí dự kiến (đồng)", "2000000");
            type(browser, "Ghi chú, nội dung khác của kế hoạch", "Lồng ghép trong báo cáo cải cách hành chính");
            By complete = By.cssSelector("button[ng-click='complete()']");
            browser.scrollTo(complete).screenshot("unit-plan-draft-form");
            assertThat(browser.waitFor(complete).isEnabled()).as("Complete enabled once the form is filled").isTrue();
            browser.waitFor(complete).click();
            browser.waitForTextGone("Kế hoạch thực hiện của UBND phường Phú Khương");
        }

        assertThat(jdbc.sql("select measures_json from pln_plan_submission where process_instance_id = ?")
            .param(instance.getId()).query(String.class).single())
            .contains("transparency-2").contains("Niêm yết công khai thu chi ngân sách xã hằng quý");
        plans.sign(instance);

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, "huyen-829-phong-noi-vu-cv", "demo")
                .click("Việc của đơn vị")
                .waitForText("Thẩm định kế hoạch");
            browser.screenshot("unit-plan-review-in-tasklist");
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

    /** A searchable select: type part of the option, then pick the option that starts with it. */
    private static void chooseOption(CamundaBrowser browser, String label, String optionPrefix) {
        WebElement input = field(browser, label);
        input.click();
        input.sendKeys(optionPrefix);
        WebElement option = browser.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .filter(o -> o.getText().startsWith(optionPrefix)).findFirst()
            .orElseThrow(() -> new AssertionError("No option " + optionPrefix + " offered for " + label));
        option.click();
        assertThat(input.getAttribute("value")).startsWith(optionPrefix);
    }
}
