package vn.bentre.papi.obstacles;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.calendar.WorkingCalendar;
import vn.bentre.papi.notification.Audience;
import vn.bentre.papi.notification.Notifications;
import vn.bentre.papi.notification.UnitNotification;

/**
 * An answer goes back to the raising unit: recorded with its route and resolution time, handed to
 * the unit's acknowledgement task and announced to its officials by mail.
 * Out: {@code obstacleAnswer}, {@code answeredBy}, {@code obstacleRoute}, {@code acknowledgeDue}.
 */
@Component
class ObstacleAnswers {

    private final ObstacleRepository obstacles;
    private final ObstacleDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final Notifications notifications;

    ObstacleAnswers(ObstacleRepository obstacles, ObstacleDeadlines deadlines, WorkingCalendar calendar,
            Notifications notifications) {
        this.obstacles = obstacles;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.notifications = notifications;
    }

    void answer(DelegateExecution execution, ObstacleRoute route, String answer, String answeringUnitId, String answeredBy) {
        String pid = execution.getProcessInstanceId();
        String unitId = (String) execution.getVariable("unitId");
        Date now = ClockUtil.getCurrentTime();
        int workingDays = calendar.workingDaysBetween(DueDates.toLocalDate(obstacles.raisedAt(pid)), DueDates.toLocalDate(now));
        obstacles.answer(pid, route, answer, now, workingDays);
        obstacles.step(pid, "ANSWERED", answeringUnitId, ObstacleVariables.actor(execution), now, answer);

        execution.setVariable("obstacleAnswer", answer);
        execution.setVariable("answeredBy", answeredBy);
        execution.setVariable("obstacleRoute", route.name());
        execution.setVariable("acknowledgeDue", deadlines.acknowledge(ObstacleVariables.urgency(execution)));

        int answerNumber = Boolean.TRUE.equals(execution.getVariable("obstacleReopened")) ? 2 : 1;
        notifications.notifyUnit(new UnitNotification("obstacle:" + pid + ":ANSWERED:" + answerNumber, unitId, Audience.OFFICIALS,
            "Vướng mắc của đơn vị đã có trả lời",
            answeredBy + " đã trả lời vướng mắc của " + execution.getVariable("unitName") + " về nội dung \""
                + execution.getVariable("dimensionName") + "\":\n\n" + answer
                + "\n\nĐề nghị đơn vị xem trả lời và xác nhận trên Tasklist.", pid));
    }
}
