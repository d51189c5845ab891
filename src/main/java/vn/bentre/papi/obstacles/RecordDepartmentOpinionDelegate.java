package vn.bentre.papi.obstacles;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;

/**
 * After {@code giveDepartmentOpinion}: the department's opinion goes back to Sở Nội vụ, who then
 * answers or proposes within the configured working days. In: {@code departmentOpinion}.
 * Out: {@code opinionSummary} (every opinion so far), {@code opinionCount}, {@code triageDue}.
 */
@Component("recordDepartmentOpinion")
class RecordDepartmentOpinionDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObstacleRepository obstacles;
    private final ObstacleDeadlines deadlines;

    RecordDepartmentOpinionDelegate(ObstacleRepository obstacles, ObstacleDeadlines deadlines) {
        this.obstacles = obstacles;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String opinion = ObstacleVariables.requiredText(execution, "departmentOpinion", "ý kiến của sở, ngành");
        String pid = execution.getProcessInstanceId();
        Date now = ClockUtil.getCurrentTime();
        obstacles.opinionGiven(pid);
        obstacles.step(pid, "OPINION_GIVEN", (String) execution.getVariable("opinionUnitId"), ObstacleVariables.actor(execution),
            now, opinion);

        String previous = ObstacleVariables.text(execution, "opinionSummary");
        String line = "Ý kiến của " + execution.getVariable("opinionUnitName") + " (" + DueDates.toLocalDate(now).format(DAY) + "): "
            + opinion;
        execution.setVariable("opinionSummary", previous == null ? line : previous + "\n\n" + line);
        execution.setVariable("opinionCount", ObstacleVariables.integer(execution, "opinionCount") + 1);
        execution.setVariable("triageDue", deadlines.answer(ObstacleVariables.urgency(execution)));
        // Sở Nội vụ decides afresh: the triage form must not come back with the previous choice ticked.
        execution.removeVariable("triageDecision");
        execution.removeVariable("departmentOpinion");
    }
}
