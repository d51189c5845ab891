package vn.bentre.papi.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The least an instance-per-unit model can cost on this machine: the project's fan-out (a job per
 * batch of 25 units) opening report instances that hold nothing but their task. No design that
 * keeps each unit's report in a process instance of its own opens reports faster than this.
 */
class FloorModel implements ReportingModel {

    static final String FAN_OUT = "benchmark-bare-fan-out";
    static final String REPORT = "benchmark-bare-report";

    @Override
    public String name() {
        return "floor: bare instance per unit";
    }

    @Override
    public void open(ProcessEngine engine, List<String> unitIds) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(FAN_OUT).count() == 0) {
            engine.getRepositoryService().createDeployment().name("benchmark-floor")
                .addClasspathResource("benchmark/bare-fan-out.bpmn").addClasspathResource("benchmark/bare-report.bpmn").deploy();
        }
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < unitIds.size(); i += 25) {
            batches.add(new ArrayList<>(unitIds.subList(i, Math.min(unitIds.size(), i + 25))));
        }
        engine.getRuntimeService().startProcessInstanceByKey(FAN_OUT, Map.of("batches", batches));
    }

    @Override
    public List<Task> reportTasks(ProcessEngine engine) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(REPORT).list();
    }

    @Override
    public Map<String, Object> submission(Task task) {
        return Map.of();
    }
}
