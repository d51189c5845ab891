package vn.bentre.papi.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The floor model's fan-out step: one bare report instance per unit of the batch, in one transaction. */
public class StartBareReports implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        List<String> batch = (List<String>) execution.getVariable("batch");
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        for (String unitId : batch) {
            runtime.startProcessInstanceByKey(FloorModel.REPORT, Map.of("unitId", unitId));
        }
    }
}
