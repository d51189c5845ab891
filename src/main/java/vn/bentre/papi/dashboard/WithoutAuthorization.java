package vn.bentre.papi.dashboard;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries without the viewer's engine authorizations: a district's Phòng Nội vụ may not
 * list its communes' tasks in Tasklist, yet their overdue counts are in its dashboard scope. The
 * section filters by {@link Viewer#sees(String)} instead; nothing but counts and unit names leave it.
 */
@Component("dashboardWithoutAuthorization")
class WithoutAuthorization {

    private final ProcessEngine engine;

    WithoutAuthorization(ProcessEngine engine) {
        this.engine = engine;
    }

    <T> T call(Supplier<T> work) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    }
}
