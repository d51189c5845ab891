package vn.bentre.papi.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Test classes share one in-memory database per Spring context: a test that leaves instances
 * running would hand their tasks to the next class (and to the reminder sweep). Call from @AfterEach.
 */
public final class Cleanup {

    private Cleanup() {
    }

    /** Deletes every running instance of the given process definitions (sub-processes with them). */
    public static void deleteInstances(ProcessEngine engine, String... processKeys) {
        for (String key : processKeys) {
            for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(key).rootProcessInstances().list()) {
                engine.getRuntimeService().deleteProcessInstanceIfExists(instance.getId(), "test cleanup", true, true, true, false);
            }
        }
    }
}
