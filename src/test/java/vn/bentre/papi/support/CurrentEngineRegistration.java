package vn.bentre.papi.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring keeps one application context per test configuration alive, each with an engine named
 * "default"; Camunda's REST API and webapps find the engine by that name in a JVM-wide registry,
 * where the last context started wins. Before each test, point the name at the engine of the
 * context the test runs in, so /engine-rest and Tasklist talk to the test's own database, and
 * give the webapps' lazily initialised filters that context too.
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
        // The webapp starter initialises its filters lazily from a static context, the last one set.
        context.getBeanProvider(LazyInitRegistration.class).ifAvailable(registration -> registration.setApplicationContext(context));
        restoreWebappRuntimeDelegates();
    }

    /**
     * Each webapp keeps its runtime delegate in a static field that a servlet-context listener sets
     * and, when any application's web server stops, clears: the webapps of the contexts still alive
     * would then fail (the Admin API behind every login first). Production runs one application.
     */
    private static void restoreWebappRuntimeDelegates() {
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Welcome.getRuntimeDelegate() == null) {
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
