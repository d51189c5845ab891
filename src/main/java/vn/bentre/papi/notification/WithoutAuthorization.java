package vn.bentre.papi.notification;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries without the current user's authorizations. A reminder goes to every
 * official of a unit, and a commune official completing a task (which may run {@code notifyUnit})
 * is not allowed to list the users of their unit or the tasks of others. Inside a running command
 * the nested calls reuse its context, so they also join its transaction.
 */
@Component
class WithoutAuthorization {

    private final ProcessEngine engine;

    WithoutAuthorization(ProcessEngine engine) {
        this.engine = engine;
    }

    <T> T call(Supplier<T> work) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired()
            .execute(context -> context.runWithoutAuthorization(work::get));
    }
}
