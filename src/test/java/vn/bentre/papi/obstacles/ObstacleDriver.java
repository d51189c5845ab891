package vn.bentre.papi.obstacles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.bentre.papi.support.Jobs;

/** Drives {@code papi-obstacle} the way its users do, so each test reads as the story it checks. */
class ObstacleDriver {

    static final String COMMUNE = "xa-28756";
    static final String DESCRIPTION = "Chưa có hướng dẫn niêm yết công khai thu chi ngân sách xã tại nhà văn hóa ấp";
    static final String PROPOSAL = "Đề nghị Sở Tài chính hướng dẫn mẫu biểu công khai cho cấp xã";

    private final ProcessEngine engine;
    private final Obstacles obstacles;

    ObstacleDriver(ProcessEngine engine, Obstacles obstacles) {
        this.engine = engine;
        this.obstacles = obstacles;
    }

    static ObstacleRequest request(String unitId, Urgency urgency) {
        return new ObstacleRequest(unitId, "TRANSPARENCY", "transparency-2", DESCRIPTION, PROPOSAL, urgency, "report-2016-Q1-" + unitId);
    }

    ProcessInstance raise(String unitId, Urgency urgency) {
        return instance(obstacles.raise(request(unitId, urgency)));
    }

    ProcessInstance instance(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    void answer(ProcessInstance instance, String answer) {
        complete(instance, "triageObstacle", Map.of("triageDecision", "ANSWER", "triageAnswer", answer));
    }

    void askDepartment(ProcessInstance instance, String departmentId) {
        complete(instance, "triageObstacle", Map.of("triageDecision", "ASK_DEPARTMENT", "opinionUnitId", departmentId,
            "opinionRequest", "Đề nghị cho ý kiến về mẫu biểu công khai thu chi ngân sách xã"));
    }

    void proposeToProvince(ProcessInstance instance) {
        complete(instance, "triageObstacle", Map.of("triageDecision", "PROPOSE_TO_PROVINCE",
            "provinceProposal", "Đề xuất UBND tỉnh giao Sở Tài chính ban hành mẫu biểu thống nhất toàn tỉnh"));
    }

    void giveOpinion(ProcessInstance instance, String opinion) {
        complete(instance, "giveDepartmentOpinion", Map.of("departmentOpinion", opinion));
    }

    void decide(ProcessInstance instance, String decision, String document) {
        Map<String, Object> variables = new HashMap<>(Map.of("provinceDecision", decision));
        variables.put("decisionDocument", document);
        complete(instance, "decideObstacle", variables);
    }

    void acknowledge(ProcessInstance instance) {
        complete(instance, "acknowledgeObstacleAnswer", Map.of("acknowledgement", "RESOLVED", "acknowledgementNote", "Đã rõ"));
    }

    void notResolved(ProcessInstance instance, String reason) {
        complete(instance, "acknowledgeObstacleAnswer", Map.of("acknowledgement", "NOT_RESOLVED", "reopenReason", reason));
    }

    /** Runs this instance's due jobs (timers included), as the job executor would; not other processes' jobs. */
    int runJobs(ProcessInstance instance) {
        return Jobs.runAll(engine.getManagementService(), instance.getId());
    }

    void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task " + taskKey + ", found " + tasks.size());
        }
        engine.getTaskService().complete(tasks.get(0).getId(), new HashMap<>(variables));
    }
}
