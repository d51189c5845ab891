package vn.bentre.papi.support;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Test-only diagrams from {@code src/test/resources/test-processes} (never under
 * {@code processes/}, which the application deploys).
 */
public final class TestProcesses {

    public static final String UNIT_TASK = "test-unit-task";

    private TestProcesses() {
    }

    /** Deploys {@code test-unit-task} once per engine and starts it for a unit: one task, candidate group = the unit. */
    public static ProcessInstance startUnitTask(ProcessEngine engine, String unitId) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(UNIT_TASK).count() == 0) {
            engine.getRepositoryService().createDeployment().name("test-processes")
                .addClasspathResource("test-processes/unit-task.bpmn").deploy();
        }
        return engine.getRuntimeService().startProcessInstanceByKey(UNIT_TASK, unitId, Map.of("unitId", unitId));
    }
}
