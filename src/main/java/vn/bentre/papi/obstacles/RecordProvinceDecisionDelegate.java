package vn.bentre.papi.obstacles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After {@code decideObstacle}: the leader of UBND tỉnh decides on Sở Nội vụ's proposal; the
 * decision is the unit's answer. In: {@code provinceDecision}, {@code decisionDocument} (optional).
 */
@Component("recordProvinceDecision")
class RecordProvinceDecisionDelegate implements JavaDelegate {

    static final String PROVINCE_UNIT = "ubnd-tinh";

    private final ObstacleRepository obstacles;
    private final ObstacleAnswers answers;

    RecordProvinceDecisionDelegate(ObstacleRepository obstacles, ObstacleAnswers answers) {
        this.obstacles = obstacles;
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ObstacleVariables.requiredText(execution, "provinceDecision", "ý kiến chỉ đạo của UBND tỉnh");
        String document = ObstacleVariables.text(execution, "decisionDocument");
        obstacles.step(execution.getProcessInstanceId(), "DECIDED", PROVINCE_UNIT, ObstacleVariables.actor(execution),
            ClockUtil.getCurrentTime(), document == null ? decision : decision + " (" + document + ")");
        String answer = document == null ? decision : decision + "\n(Văn bản số " + document + ")";
        answers.answer(execution, ObstacleRoute.PROVINCE_DECISION, answer, PROVINCE_UNIT, "UBND tỉnh");
    }
}
