package vn.bentre.papi.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline DESIGN.md §5 warns against: one process whose parallel multi-instance user task
 * spans every unit, so every submission completes a sibling of one multi-instance body. Two ways
 * to make it asynchronous: as DESIGN.md §5 says ({@code asyncBefore} on the loop, one job per unit;
 * {@code asyncAfter} on the activity), or before the multi-instance body (one job creates every task).
 */
class NaiveModel implements ReportingModel {

    enum Variant {
        JOB_PER_UNIT("naive: job per unit", "benchmark-naive-report", "benchmark/naive-report.bpmn"),
        ONE_JOB("naive: one job for all", "benchmark-naive-report-one-job", "benchmark/naive-report-one-job.bpmn");

        final String label;
        final String process;
        final String resource;

        Variant(String label, String process, String resource) {
            this.label = label;
            this.process = process;
            this.resource = resource;
        }
    }

    private final Variant variant;

    NaiveModel(Variant variant) {
        this.variant = variant;
    }

    @Override
    public String name() {
        return variant.label;
    }

    @Override
    public void open(ProcessEngine engine, List<String> unitIds) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(variant.process).count() == 0) {
            engine.getRepositoryService().createDeployment().name("benchmark").addClasspathResource(variant.resource).deploy();
        }
        engine.getRuntimeService().startProcessInstanceByKey(variant.process, Map.of("units", unitIds));
    }

    @Override
    public List<Task> reportTasks(ProcessEngine engine) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(variant.process).list();
    }

    @Override
    public Map<String, Object> submission(Task task) {
        return Map.of();
    }
}
