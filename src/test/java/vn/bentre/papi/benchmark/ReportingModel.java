package vn.bentre.papi.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** One way of asking every unit for its report, measured by {@link ReportingBenchmark}. */
interface ReportingModel {

    String name();

    /** Opens the reporting round for every unit; returns without waiting for the fan-out. */
    void open(ProcessEngine engine, List<String> unitIds);

    /** The open report tasks of this model (one per unit once the fan-out is done). */
    List<Task> reportTasks(ProcessEngine engine);

    /** What an official submits with the report task. */
    Map<String, Object> submission(Task task);
}
