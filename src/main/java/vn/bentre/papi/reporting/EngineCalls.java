package vn.bentre.papi.reporting;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;

/**
 * Engine calls a delegate makes on the process's behalf, not the current user's: a reviewer who
 * accepts a report may not start or message other units' processes. Inside a running command the
 * nested call reuses its context and joins its transaction.
 */
final class EngineCalls {

    private EngineCalls() {
    }

    static <T> T withoutAuthorization(Supplier<T> call) {
        var context = Context.getCommandContext();
        return context == null ? call.get() : context.runWithoutAuthorization(call::get);
    }
}
