package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the task that led here: Tasklist and /engine-rest set the engine's authentication. */
final class CurrentUser {

    private CurrentUser() {
    }

    static String of(VariableScope scope) {
        var services = scope instanceof DelegateTask task ? task.getProcessEngineServices()
            : ((DelegateExecution) scope).getProcessEngineServices();
        Authentication authentication = services.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
