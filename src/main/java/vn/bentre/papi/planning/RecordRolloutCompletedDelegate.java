package vn.bentre.papi.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** End of {@code papi-plan-rollout}: every unit plan and the three provincial tasks are done. */
@Component("recordRolloutCompleted")
class RecordRolloutCompletedDelegate implements JavaDelegate {

    private final UnitPlanRepository plans;

    RecordRolloutCompletedDelegate(UnitPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.completeRollout(execution.getProcessInstanceId(), ClockUtil.getCurrentTime());
    }
}
