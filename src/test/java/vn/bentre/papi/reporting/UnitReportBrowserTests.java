package vn.bentre.papi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import vn.bentre.papi.support.CamundaBrowser;
import vn.bentre.papi.support.Jobs;

/**
 * A commune official writes the quarterly report in Tasklist; once the commune deadline has
 * passed, the district's Phòng Nội vụ finds it in the consolidation form, the missing communes listed.
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitReportBrowserTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    ReportingDriver reporting;

    @BeforeEach
    void setUp() {
        reporting = new ReportingDriver(engine, jdbc);
        ReportingDriver.clockAt(ReportingDriver.OPENED_ON, 8);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reporting.cleanUp();
    }

    @Test
    void shouldLetACommuneSubmitItsQuarterlyReportAndTheDistrictSeeItInTheConsolidation() {
        reporting.openCycle(ReportingDriver.DISTRICT_ID);
        List<String> communes = reporting.communes(ReportingDriver.DISTRICT_ID);
        String commune = communes.get(0);
        String taskId = reporting.task(reporting.report(commune), "writeUnitReport").getId();

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, commune + "-cv", "demo")
                .open("/camunda/app/tasklist/default/#/?task=" + taskId)
                .waitForText("Xây dựng báo cáo kết quả thực hiện")
                .click("Nhận việc")
                .waitForText("Báo cáo Quý I năm 2016");
            chooseOption(browser, "measureReport1_measureId", "transparency-2");
            // "Đã hoàn thành": the first choice of the status radio group.
            WebElement done = input(browser, "measureReport1_status-0");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", done);
            done.click();
            type(browser, "measureReport1_result", "Niêm yết công khai thu chi ngân sách quý I tại trụ sở và các ấp");
            By complete = By.cssSelector("button[ng-click='complete()']");
            browser.scrollTo(complete).screenshot("unit-report-form");
            assertThat(browser.waitFor(complete).isEnabled()).as("Complete enabled once the report is filled").isTrue();
            browser.waitFor(complete).click();
            browser.waitForTextGone("Báo cáo Quý I năm 2016");
        }
        assertThat(jdbc.sql("select measure_id from rpt_measure_progress where report_id = ?")
            .param(ReportingDriver.PERIOD + ":" + commune).query(String.class).list()).containsExactly("transparency-2");

        reporting.sign(commune);
        reporting.accept(commune);
        ReportingDriver.clockAt(LocalDate.of(2016, 3, 18), 8);
        Jobs.runAll(engine.getManagementService());
        String unitName = jdbc.sql("select name from org_unit where id = ?").param(commune).query(String.class).single();

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            String consolidation = reporting.task(reporting.district(ReportingDriver.DISTRICT_ID), "consolidateDistrictReport").getId();
            browser.logIn(CamundaBrowser.App.TASKLIST, ReportingDriver.DISTRICT_OFFICE + "-cv", "demo")
                .open("/camunda/app/tasklist/default/#/?task=" + consolidation)
                .waitForText("Tổng hợp báo cáo Quý I năm 2016")
                .waitForText(unitName)
                .waitForText("Chưa báo cáo:");
            browser.scrollTo(By.xpath("//*[contains(text(), 'Tình hình báo cáo của các đơn vị')]")).screenshot("district-consolidation-form");
        }
    }

    @Test
    void shouldTellSoNoiVuInTasklistThatThePeriodIsAlreadyOpen() {
        reporting.openCycle("so-tu-phap");

        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, "so-noi-vu-cv", "demo")
                .openStartForm("Kỳ báo cáo thực hiện Kế hoạch PAPI")
                .waitForText("Mở kỳ báo cáo thực hiện Kế hoạch PAPI");
            // A plain (not searchable) select: its input is hidden; the shown box opens the list.
            browser.waitFor(By.cssSelector(".fjs-form-field-select .fjs-input-group")).click();
            browser.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(o -> o.getText().startsWith("Quý I")).findFirst()
                .orElseThrow(() -> new AssertionError("No option Quý I")).click();
            type(browser, "periodYear_3", "2016");
            browser.submitStartForm()
                .waitForText("Kỳ báo cáo Quý I năm 2016 đã được mở ngày 15/03/2016").screenshot("reporting-period-refused");
        }

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportingDriver.CYCLE).count())
            .isOne();
    }

    /** A form-js field by its component id: its input carries the id in its own. */
    private static WebElement input(CamundaBrowser browser, String componentId) {
        return browser.waitFor(By.cssSelector("[id$='" + componentId + "']"));
    }

    private static void type(CamundaBrowser browser, String componentId, String text) {
        WebElement field = input(browser, componentId);
        field.clear();
        field.sendKeys(text);
    }

    private static void chooseOption(CamundaBrowser browser, String componentId, String optionPrefix) {
        WebElement field = input(browser, componentId);
        field.click();
        field.sendKeys(optionPrefix);
        browser.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .filter(o -> o.getText().startsWith(optionPrefix)).findFirst()
            .orElseThrow(() -> new AssertionError("No option " + optionPrefix)).click();
    }
}
