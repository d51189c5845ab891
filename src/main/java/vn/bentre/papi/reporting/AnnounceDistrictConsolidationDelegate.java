package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * End of {@code papi-district-report}, asynchronous: tells the provincial consolidation that this
 * district has consolidated (it starts early when this was the last thing awaited; after it, the
 * district's consolidation is an addendum for Sở Nội vụ). In: {@code consolidationId}.
 */
@Component("announceDistrictConsolidation")
class AnnounceDistrictConsolidationDelegate implements JavaDelegate {

    private final ConsolidationTrigger trigger;

    AnnounceDistrictConsolidationDelegate(ConsolidationTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trigger.districtConsolidated(ReportVariables.requiredText(execution, "consolidationId", "mã tổng hợp"));
    }
}
