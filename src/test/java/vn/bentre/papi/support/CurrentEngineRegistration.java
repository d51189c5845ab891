package vn.bentre.papi.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring keeps one application context per test configuration alive, each with an engine named
 * "default"; Camunda's REST API and webapps find the engine by that name in a JVM-wide registry,
 * where the last context started wins. Before each test, point the name at the engine of the
 * context the test runs in, so /engine-rest and Tasklist talk to the test's own database.
 * Registered in src/test/resources/META-INF/spring.factories.
 */
public class CurrentEngineRegistration extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
