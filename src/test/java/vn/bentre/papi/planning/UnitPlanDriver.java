package vn.bentre.papi.planning;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.support.Jobs;

/** Drives {@code papi-unit-plan} the way its users do, so each test reads as the story it checks. */
class UnitPlanDriver {

    static final String PROCESS = "papi-unit-plan";
    static final String COMMUNE_MEASURES = """
        [{"measureId":"transparency-2","action":"Niêm yết công khai thu chi ngân sách xã hằng quý","responsible":"Kế toán xã","deadline":"2015-12-31","estimatedCost":2000000},
         {"measureId":"procedures-2","action":"Khảo sát mức độ hài lòng tại Bộ phận một cửa","responsible":"Văn phòng UBND xã","deadline":"2016-03-31"}]""";
    static final String DISTRICT_MEASURES = """
        [{"measureId":"participation-2","action":"Tổ chức bầu cử Trưởng ấp, Trưởng khu phố","responsible":"Phòng Nội vụ","deadline":"2016-06-30"}]""";
    static final String DEPARTMENT_MEASURES = """
        [{"measureId":"procedures-3","action":"Kiểm tra Bộ phận tiếp nhận và trả kết quả","responsible":"Văn phòng Sở","deadline":"2016-06-30"}]""";

    private final ProcessEngine engine;

    UnitPlanDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    static Date deadline(LocalDate day) {
        return DueDates.endOfOfficeDay(day);
    }

    ProcessInstance start(String unitId, Date deadline) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, unitId,
            Map.of("unitId", unitId, "unitPlanDeadline", deadline, "planNumber", "4129/KH-UBND"));
    }

    Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    void submitDraft(ProcessInstance instance, String measuresJson) {
        complete(instance, "draftUnitPlan", Map.of("planMeasures", SpinValues.jsonValue(measuresJson).create(),
            "planNotes", "Lồng ghép trong báo cáo cải cách hành chính"));
    }

    void sign(ProcessInstance instance) {
        complete(instance, "signUnitPlan", Map.of("signOffDecision", "SIGN", "signedDocumentNumber", "125/KH-UBND",
            "signedOn", "2015-09-20"));
    }

    void returnFromSignOff(ProcessInstance instance, String reason) {
        complete(instance, "signUnitPlan", Map.of("signOffDecision", "RETURN", "signOffReason", reason));
    }

    void approve(ProcessInstance instance) {
        complete(instance, "reviewUnitPlan", Map.of("reviewDecision", "APPROVE"));
    }

    void returnFromReview(ProcessInstance instance, String reason) {
        complete(instance, "reviewUnitPlan", Map.of("reviewDecision", "RETURN", "reviewReason", reason));
    }

    /** Draft, sign and approve in one go, then let the asynchronous join finish. */
    void completeApproved(ProcessInstance instance, String measuresJson) {
        submitDraft(instance, measuresJson);
        sign(instance);
        approve(instance);
        Jobs.runAll(engine.getManagementService());
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task " + taskKey + " in " + instance.getBusinessKey() + ", found " + tasks.size());
        }
        engine.getTaskService().complete(tasks.get(0).getId(), new HashMap<>(variables));
    }
}
