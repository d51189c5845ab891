package vn.bentre.papi.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The project's model: {@code papi-reporting-cycle} fans out through districts, and every unit's
 * report is a process instance of its own ({@code papi-unit-report}), so a submission touches only
 * the unit's own rows.
 */
class CycleModel implements ReportingModel {

    static final String MEASURES = """
        [{"measureId":"transparency-2","status":"DONE","result":"Niêm yết thu chi ngân sách quý I"},
         {"measureId":"procedures-2","status":"IN_PROGRESS","result":"Khảo sát tại Bộ phận một cửa"}]""";
    static final String DIMENSIONS = """
        [{"dimensionId":"TRANSPARENCY","summary":"Công khai đầy đủ thu chi ngân sách"}]""";

    @Override
    public String name() {
        return "project: instance per unit";
    }

    @Override
    public void open(ProcessEngine engine, List<String> unitIds) {
        engine.getRuntimeService().startProcessInstanceByKey("papi-reporting-cycle",
            Map.of("periodType", "Q1", "periodYear", 2016));
    }

    @Override
    public List<Task> reportTasks(ProcessEngine engine) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("papi-unit-report")
            .taskDefinitionKey("writeUnitReport").list();
    }

    @Override
    public Map<String, Object> submission(Task task) {
        return Map.of("measureReports", SpinValues.jsonValue(MEASURES).create(),
            "dimensionReports", SpinValues.jsonValue(DIMENSIONS).create(),
            "obstacles", SpinValues.jsonValue("[]").create(),
            "onlineServicesLevel34", 12, "satisfactionSurveys", 1, "citizensReceived", 45L,
            "reportNotes", "Báo cáo đo hiệu năng");
    }
}
