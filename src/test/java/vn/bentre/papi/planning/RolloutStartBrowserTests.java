package vn.bentre.papi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.support.CamundaBrowser;
import vn.bentre.papi.support.Cleanup;

/** Sở Nội vụ starts the rollout from Tasklist alone: the start form, then every unit has its plan to write. */
@Tag("browser")
@EnabledIfSystemProperty(named = "papi.it.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RolloutStartBrowserTests {

    @Autowired ProcessEngine engine;
    @LocalServerPort int port;

    @AfterEach
    void tearDown() {
        Cleanup.deleteInstances(engine, "papi-plan-rollout", UnitPlanDriver.PROCESS);
    }

    @Test
    void shouldLetSoNoiVuStartTheRolloutFromTasklistsStartForm() {
        try (CamundaBrowser browser = CamundaBrowser.start(port, "vi")) {
            browser.logIn(CamundaBrowser.App.TASKLIST, "so-noi-vu-cv", "demo")
                .openStartForm("Triển khai Kế hoạch nâng cao Chỉ số PAPI")
                .waitForText("Hạn các đơn vị gửi kế hoạch của mình");
            WebElement deadline = browser.waitFor(By.cssSelector("input[id*='unitPlanDeadline_4']"));
            deadline.click();
            deadline.sendKeys("12/31/2099", Keys.TAB);
            browser.screenshot("rollout-start-form");
            browser.submitStartForm().waitForTextGone("Hạn các đơn vị gửi kế hoạch của mình");
        }

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("papi-plan-rollout").count())
            .isOne();
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("planNumber").list())
            .extracting(v -> v.getValue()).contains("4129/KH-UBND");
    }
}
