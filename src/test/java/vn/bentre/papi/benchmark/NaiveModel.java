package vn.bentre.papi.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline DESIGN.md §5 warns against: one process whose parallel multi-instance user task
 * (asynchronous, one job per unit) spans every unit, so every submission completes a sibling of
 * one multi-instance body.
 */
class NaiveModel implements ReportingModel {

    static final String PROCESS = "benchmark-naive-report";

    @Override
    public String name() {
        return "naive multi-instance";
    }

    @Override
    public void open(ProcessEngine engine, List<String> unitIds) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            engine.getRepositoryService().createDeployment().name("benchmark")
                .addClasspathResource("benchmark/naive-report.bpmn").deploy();
        }
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("units", unitIds));
    }

    @Override
    public List<Task> reportTasks(ProcessEngine engine) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).list();
    }

    @Override
    public Map<String, Object> submission(Task task) {
        return Map.of();
    }
}
