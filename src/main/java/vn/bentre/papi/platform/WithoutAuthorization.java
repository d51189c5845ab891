package vn.bentre.papi.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Engine calls the system makes on a user's behalf, such as starting a unit's report while Sở Nội vụ
 * opens a period, or finding the recipients of a reminder: authorization checks would judge them
 * by the user who happens to be behind the request, so they run without. Inside a command (a
 * delegate) they join it; outside they run in a command of their own.
 */
@Component
public class WithoutAuthorization {

    private final ProcessEngine engine;

    WithoutAuthorization(ProcessEngine engine) {
        this.engine = engine;
    }

    public <T> T call(Supplier<T> work) {
        var context = Context.getCommandContext();
        if (context != null) {
            return context.runWithoutAuthorization(work::get);
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(work::get));
    }
}
