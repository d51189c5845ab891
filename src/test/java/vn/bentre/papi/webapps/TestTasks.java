package vn.bentre.papi.webapps;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * Starts the test diagrams {@code webapps/webapps-test-*.bpmn} (deployed once per engine) and
 * removes what a test started, so tests sharing one Spring context do not see each other's tasks.
 */
final class TestTasks {

    static final String WORK = "webappsTestWork";
    static final String REVIEW = "webappsTestReview";

    private final ProcessEngine engine;

    TestTasks(ProcessEngine engine) {
        this.engine = engine;
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(WORK).count() == 0) {
            engine.getRepositoryService().createDeployment().name("webapps-test")
                .addClasspathResource("webapps/webapps-test-work.bpmn")
                .addClasspathResource("webapps/webapps-test-review.bpmn")
                .deploy();
        }
    }

    /** A task for the unit's group, due at {@code due} (null: no due date). */
    Task start(String processKey, String unitId, String unitName, Date due) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("unitId", unitId);
        variables.put("unitName", unitName);
        variables.put("dueDate", due);
        String instanceId = engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    /** Ends every instance of the test diagrams. */
    void clear() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WORK).list()
            .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test clean-up"));
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(REVIEW).list()
            .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test clean-up"));
    }
}
