package vn.bentre.papi.obstacles;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After {@code acknowledgeObstacleAnswer}: the raising unit accepts the answer, which closes the
 * case, or says the obstacle is not resolved, which reopens it for Sở Nội vụ, once.
 * In: {@code acknowledgement} RESOLVED (the default) | NOT_RESOLVED, {@code reopenReason},
 * {@code acknowledgementNote}. Out: {@code reopenRequested}, and when reopened
 * {@code obstacleReopened} and a new {@code triageDue}.
 */
@Component("recordObstacleAcknowledgement")
class RecordObstacleAcknowledgementDelegate implements JavaDelegate {

    static final String RESOLVED = "RESOLVED";
    static final String NOT_RESOLVED = "NOT_RESOLVED";

    private final ObstacleRepository obstacles;
    private final ObstacleDeadlines deadlines;

    RecordObstacleAcknowledgementDelegate(ObstacleRepository obstacles, ObstacleDeadlines deadlines) {
        this.obstacles = obstacles;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String acknowledgement = ObstacleVariables.text(execution, "acknowledgement");
        String pid = execution.getProcessInstanceId();
        String unitId = (String) execution.getVariable("unitId");
        Date now = ClockUtil.getCurrentTime();
        if (acknowledgement == null || RESOLVED.equals(acknowledgement)) {
            obstacles.close(pid, now);
            obstacles.step(pid, "ACKNOWLEDGED", unitId, ObstacleVariables.actor(execution), now,
                ObstacleVariables.text(execution, "acknowledgementNote"));
            execution.setVariable("reopenRequested", false);
        } else if (NOT_RESOLVED.equals(acknowledgement)) {
            if (Boolean.TRUE.equals(execution.getVariable("obstacleReopened"))) {
                throw new ObstacleInputException("Vướng mắc này đã được xem xét lại một lần; không thể đề nghị xem xét lại nữa. "
                    + "Đơn vị xác nhận đã nhận trả lời và, nếu cần, phản ánh vướng mắc mới");
            }
            String reason = ObstacleVariables.requiredText(execution, "reopenReason", "lý do chưa giải quyết được vướng mắc");
            obstacles.reopen(pid, reason);
            obstacles.step(pid, "REOPENED", unitId, ObstacleVariables.actor(execution), now, reason);
            execution.setVariable("obstacleReopened", true);
            execution.setVariable("reopenRequested", true);
            execution.setVariable("triageDue", deadlines.triage(ObstacleVariables.urgency(execution)));
            execution.removeVariable("triageDecision");
            execution.removeVariable("acknowledgement");
        } else {
            throw new ObstacleInputException("Ý kiến của đơn vị phải là RESOLVED hoặc NOT_RESOLVED, không phải '" + acknowledgement + "'");
        }
    }
}
