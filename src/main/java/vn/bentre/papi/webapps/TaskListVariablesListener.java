package vn.bentre.papi.webapps;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * Gives every user task the two variables the shared Tasklist filters show under a task in the
 * list ({@link TaskFilterDefinition#LIST_VARIABLES}), as task-local variables.
 *
 * <p>Local, because Tasklist reads list variables with the user's authorizations, and an official
 * may read their unit's tasks but not the process instances behind them; a process variable would
 * stay invisible to exactly the people the list is for.
 * <ul>
 * <li>{@code unitName}: the process variable of that name if the process set one, else the name of
 *     the unit whose group is the task's candidate group;</li>
 * <li>{@code dueDateLabel}: the due date as Vietnamese administration writes it (dd/MM/yyyy), kept
 *     in step when someone changes the due date.</li>
 * </ul>
 */
@Component
class TaskListVariablesListener implements TaskListener {

    static final String UNIT_NAME = "unitName";
    static final String DUE_DATE_LABEL = "dueDateLabel";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Organisation organisation;

    TaskListVariablesListener(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        unitName(task).ifPresent(name -> task.setVariableLocal(UNIT_NAME, name));
        if (task.getDueDate() == null) {
            task.removeVariableLocal(DUE_DATE_LABEL);
        } else {
            // The server's zone: the province's, where the application runs.
            task.setVariableLocal(DUE_DATE_LABEL, DAY.format(task.getDueDate().toInstant().atZone(ZoneId.systemDefault())));
        }
    }

    private Optional<String> unitName(DelegateTask task) {
        Object fromProcess = task.getVariable(UNIT_NAME);
        if (fromProcess != null) {
            return Optional.of(fromProcess.toString());
        }
        return task.getCandidates().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(Objects::nonNull)
            .map(organisation::unit)
            .flatMap(Optional::stream)
            .map(Unit::name)
            .findFirst();
    }
}
