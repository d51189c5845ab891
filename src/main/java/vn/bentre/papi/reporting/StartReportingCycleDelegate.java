package vn.bentre.papi.reporting;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.WithoutAuthorization;

/**
 * In {@code papi-reporting-schedule}: opens the period the schedule found, by starting
 * {@code papi-reporting-cycle} as if Sở Nội vụ had (in the timer's transaction: a failure leaves the
 * timer job to be retried). In: {@code periodType}, {@code periodYear}.
 */
@Component("startReportingCycle")
class StartReportingCycleDelegate implements JavaDelegate {

    static final String PROCESS = "papi-reporting-cycle";

    private final WithoutAuthorization withoutAuthorization;

    StartReportingCycleDelegate(WithoutAuthorization withoutAuthorization) {
        this.withoutAuthorization = withoutAuthorization;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        Map<String, Object> variables = Map.of("periodType", execution.getVariable("periodType"),
            "periodYear", execution.getVariable("periodYear"), "openedAutomatically", true);
        withoutAuthorization.call(() -> runtime.startProcessInstanceByKey(PROCESS, variables));
    }
}
