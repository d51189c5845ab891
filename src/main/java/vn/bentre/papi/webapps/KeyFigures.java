package vn.bentre.papi.webapps;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import vn.bentre.papi.calendar.WorkingCalendar;

/**
 * Counts the plan's open work as the current user may see it: the engine's authorizations decide,
 * so an official counts their unit's tasks and a supervisor, who may read every task, the province's.
 * Time is the engine's clock, the same one the Tasklist filters' {@code now()} reads.
 */
@Service
class KeyFigures {

    static final int DUE_SOON_WORKING_DAYS = 2;

    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final WorkingCalendar calendar;

    KeyFigures(TaskService tasks, IdentityService identity, AuthorizationService authorizations, WorkingCalendar calendar) {
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
        this.calendar = calendar;
    }

    Figures current() {
        Date now = ClockUtil.getCurrentTime();
        ZoneId zone = ZoneId.systemDefault();
        LocalDate lastDueSoonDay = calendar.addWorkingDays(LocalDate.ofInstant(now.toInstant(), zone), DUE_SOON_WORKING_DAYS);
        Date endOfDueSoon = Date.from(lastDueSoonDay.plusDays(1).atStartOfDay(zone).toInstant());
        return new Figures(
            tasks.createTaskQuery().active().count(),
            tasks.createTaskQuery().active().dueBefore(now).count(),
            tasks.createTaskQuery().active().dueAfter(now).dueBefore(endOfDueSoon).count(),
            seesWholeProvince() ? Scope.PROVINCE : Scope.OWN_UNITS);
    }

    private boolean seesWholeProvince() {
        Authentication user = identity.getCurrentAuthentication();
        return user != null && authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(),
            Permissions.READ, Resources.TASK);
    }

    enum Scope {
        PROVINCE("Toàn tỉnh"), OWN_UNITS("Đơn vị của tôi");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    record Figures(long openTasks, long overdueTasks, long dueSoonTasks, Scope scope) {
    }
}
