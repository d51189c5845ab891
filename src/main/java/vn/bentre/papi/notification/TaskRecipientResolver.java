package vn.bentre.papi.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * Reminders go to whoever may work the task: members of its candidate groups, its candidate
 * users and its assignee (a task with none of these falls back to its unit's officials).
 * Escalations go to the unit's leaders and to the leaders of the unit that reviews it.
 */
@Component
class TaskRecipientResolver {

    private final TaskService tasks;
    private final TaskUnitResolver units;
    private final Organisation organisation;
    private final RecipientDirectory directory;

    TaskRecipientResolver(TaskService tasks, TaskUnitResolver units, Organisation organisation, RecipientDirectory directory) {
        this.tasks = tasks;
        this.units = units;
        this.organisation = organisation;
        this.directory = directory;
    }

    TaskRecipients of(Task task) {
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        Unit unit = units.unitOf(task, groups).orElse(null);
        if (groups.isEmpty() && users.isEmpty() && unit != null) {
            groups.add(unit.officialsGroupId());
        }
        Unit reviewer = unit == null ? null : organisation.reviewerOf(unit.id()).orElse(null);
        List<String> leaderGroups = new ArrayList<>();
        if (unit != null) {
            leaderGroups.add(unit.leadersGroupId());
        }
        if (reviewer != null) {
            leaderGroups.add(reviewer.leadersGroupId());
        }
        return new TaskRecipients(unit, reviewer, directory.emails(groups, users), directory.emails(leaderGroups, List.of()));
    }
}
