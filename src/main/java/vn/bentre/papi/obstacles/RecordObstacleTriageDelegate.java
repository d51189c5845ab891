package vn.bentre.papi.obstacles;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * After {@code triageObstacle}: Sở Nội vụ answers within its competence, asks a department for an
 * opinion, or proposes a decision to UBND tỉnh. In: {@code triageDecision}
 * ANSWER|ASK_DEPARTMENT|PROPOSE_TO_PROVINCE, {@code triageAnswer}, {@code opinionUnitId},
 * {@code opinionRequest}, {@code provinceProposal}. Out (asking): {@code opinionUnitName},
 * {@code opinionDue}; (proposing): {@code decisionDue}; (answering): see {@link ObstacleAnswers}.
 */
@Component("recordObstacleTriage")
class RecordObstacleTriageDelegate implements JavaDelegate {

    static final String ANSWER = "ANSWER";
    static final String ASK_DEPARTMENT = "ASK_DEPARTMENT";
    static final String PROPOSE_TO_PROVINCE = "PROPOSE_TO_PROVINCE";

    private final ObstacleRepository obstacles;
    private final ObstacleAnswers answers;
    private final ObstacleDeadlines deadlines;
    private final Organisation organisation;

    RecordObstacleTriageDelegate(ObstacleRepository obstacles, ObstacleAnswers answers, ObstacleDeadlines deadlines,
            Organisation organisation) {
        this.obstacles = obstacles;
        this.answers = answers;
        this.deadlines = deadlines;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ObstacleVariables.requiredText(execution, "triageDecision", "hướng xử lý");
        String pid = execution.getProcessInstanceId();
        Urgency urgency = ObstacleVariables.urgency(execution);
        Date now = ClockUtil.getCurrentTime();
        switch (decision) {
            case ANSWER -> {
                String answer = ObstacleVariables.requiredText(execution, "triageAnswer", "nội dung trả lời đơn vị");
                ObstacleRoute route = ObstacleVariables.integer(execution, "opinionCount") > 0
                    ? ObstacleRoute.DEPARTMENT_OPINION : ObstacleRoute.OWN_ANSWER;
                answers.answer(execution, route, answer, Obstacles.TRIAGE_UNIT, "Sở Nội vụ");
            }
            case ASK_DEPARTMENT -> {
                Unit department = department(ObstacleVariables.requiredText(execution, "opinionUnitId", "sở, ngành được xin ý kiến"));
                String request = ObstacleVariables.requiredText(execution, "opinionRequest", "nội dung xin ý kiến");
                obstacles.status(pid, "AWAITING_OPINION");
                obstacles.step(pid, "OPINION_REQUESTED", department.id(), ObstacleVariables.actor(execution), now, request);
                execution.setVariable("opinionUnitId", department.id());
                execution.setVariable("opinionUnitName", department.name());
                execution.setVariable("opinionDue", deadlines.opinion(urgency));
            }
            case PROPOSE_TO_PROVINCE -> {
                String proposal = ObstacleVariables.requiredText(execution, "provinceProposal", "đề xuất trình UBND tỉnh");
                obstacles.status(pid, "AWAITING_DECISION");
                obstacles.step(pid, "PROPOSED", Obstacles.TRIAGE_UNIT, ObstacleVariables.actor(execution), now, proposal);
                execution.setVariable("decisionDue", deadlines.decision(urgency));
            }
            default -> throw new ObstacleInputException("Hướng xử lý phải là ANSWER, ASK_DEPARTMENT hoặc PROPOSE_TO_PROVINCE, không phải '"
                + decision + "'");
        }
    }

    private Unit department(String unitId) {
        Unit unit = organisation.unit(unitId)
            .orElseThrow(() -> new ObstacleInputException("Không có đơn vị '" + unitId + "' (opinionUnitId)"));
        if (unit.level() != UnitLevel.DEPARTMENT || unit.id().equals(Obstacles.TRIAGE_UNIT)) {
            throw new ObstacleInputException(unit.name() + " không phải sở, ngành tỉnh có thể được xin ý kiến (opinionUnitId)");
        }
        return unit;
    }
}
