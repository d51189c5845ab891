package vn.bentre.papi.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing {@code followReportDirection}: records what the unit did about UBND tỉnh's
 * direction. In (local to the unit's task): {@code directionUnitId}, {@code directionResponse}.
 */
@Component("recordDirectionResponse")
class RecordDirectionResponseListener implements TaskListener {

    private final CycleRepository cycles;

    RecordDirectionResponseListener(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        String response = ReportVariables.requiredText(task, "directionResponse", "kết quả thực hiện chỉ đạo");
        if (response.length() > 4000) {
            throw new ReportInputException("Kết quả thực hiện chỉ đạo dài quá 4000 ký tự");
        }
        cycles.respond((String) task.getVariable("cycleId"), (String) task.getVariable("directionUnitId"), response,
            CurrentUser.of(task), ClockUtil.getCurrentTime());
    }
}
