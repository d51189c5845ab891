package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating {@code followReportDirection} (one per directed unit): the direction's text for the
 * form, {@code unitId} for reminders, and an empty {@code directionResponse}, all local to this
 * unit's instance, so that units answering at the same moment each write their own variable and
 * never one of the process instance. (Input mappings cannot do this: they are evaluated before the
 * multi-instance element variable exists.)
 */
@Component("prepareDirectionTask")
class PrepareDirectionTaskListener implements TaskListener {

    private final ReportingDirections directions;

    PrepareDirectionTaskListener(ReportingDirections directions) {
        this.directions = directions;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String unitId = (String) execution.getVariable("directionUnitId");
        execution.setVariableLocal("unitId", unitId);
        execution.setVariableLocal("directionText", directions.text((String) execution.getVariable("cycleId"), unitId));
        execution.setVariableLocal("directionResponse", null);
    }
}
