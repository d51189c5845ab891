package vn.bentre.papi.notification;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * The unit a task belongs to: the process variable {@value Notifications#UNIT_ID_VARIABLE} (every
 * plan process sets it), else the unit whose officials' or leaders' group is the task's first
 * candidate group that names a unit.
 */
@Component
class TaskUnitResolver {

    private static final Logger log = LoggerFactory.getLogger(TaskUnitResolver.class);
    private static final String LEADERS_SUFFIX = "-lanh-dao";

    private final TaskService tasks;
    private final Organisation organisation;

    TaskUnitResolver(TaskService tasks, Organisation organisation) {
        this.tasks = tasks;
        this.organisation = organisation;
    }

    Optional<Unit> unitOf(Task task, List<String> candidateGroups) {
        if (tasks.getVariable(task.getId(), Notifications.UNIT_ID_VARIABLE) instanceof String unitId && !unitId.isBlank()) {
            Optional<Unit> unit = organisation.unit(unitId);
            if (unit.isPresent()) {
                return unit;
            }
            log.warn("Công việc {} có biến unitId '{}' không phải đơn vị nào; dùng nhóm ứng viên", task.getId(), unitId);
        }
        return candidateGroups.stream().map(this::unitOfGroup).flatMap(Optional::stream).findFirst();
    }

    private Optional<Unit> unitOfGroup(String groupId) {
        String unitId = groupId.endsWith(LEADERS_SUFFIX)
            ? groupId.substring(0, groupId.length() - LEADERS_SUFFIX.length()) : groupId;
        return organisation.unit(unitId);
    }
}
