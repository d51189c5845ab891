package vn.bentre.papi.obstacles;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.notification.Audience;
import vn.bentre.papi.notification.Notifications;
import vn.bentre.papi.notification.UnitNotification;

/**
 * Boundary timer of {@code triageObstacle}: a case not triaged by its due date goes to the leaders
 * of Sở Nội vụ (group {@code so-noi-vu-lanh-dao}) by mail, and the escalation is counted. The
 * triage task stays where it is. The outbox key carries the escalation's number, so a retried job
 * writes nothing twice.
 */
@Component("escalateObstacleTriage")
class EscalateObstacleTriageDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObstacleRepository obstacles;
    private final Notifications notifications;

    EscalateObstacleTriageDelegate(ObstacleRepository obstacles, Notifications notifications) {
        this.obstacles = obstacles;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String pid = execution.getProcessInstanceId();
        int escalation = obstacles.escalate(pid);
        Date now = ClockUtil.getCurrentTime();
        Date due = (Date) execution.getVariable("triageDue");
        String unitName = (String) execution.getVariable("unitName");
        obstacles.step(pid, "ESCALATED", Obstacles.TRIAGE_UNIT, null, now, "Quá hạn phân loại " + day(due));
        notifications.notifyUnit(new UnitNotification("obstacle:" + pid + ":TRIAGE_OVERDUE:" + escalation, Obstacles.TRIAGE_UNIT,
            Audience.LEADERS, "Vướng mắc của " + unitName + " quá hạn xem xét",
            "Vướng mắc do " + unitName + " phản ánh (mức độ: " + execution.getVariable("urgencyLabel") + ") về nội dung \""
                + execution.getVariable("dimensionName") + "\" chưa được Sở Nội vụ xem xét, phân loại trong hạn "
                + day(due) + ".\n\nNội dung vướng mắc: " + execution.getVariable("obstacleDescription")
                + "\nĐề xuất của đơn vị: " + execution.getVariable("obstacleProposal")
                + "\n\nĐề nghị lãnh đạo Sở chỉ đạo xử lý kịp thời để trả lời đơn vị (Kế hoạch 4129/KH-UBND).", pid));
    }

    private static String day(Date date) {
        return date == null ? "?" : DueDates.toLocalDate(date).format(DAY);
    }
}
