package vn.bentre.papi.assessment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.bentre.papi.support.Jobs;

/** Drives {@code papi-annual-assessment} the way its users do, so each test reads as the story it checks. */
class AssessmentDriver {

    static final String PROCESS = "papi-annual-assessment";
    static final List<String> SIX = List.of("PARTICIPATION", "TRANSPARENCY", "ACCOUNTABILITY", "CORRUPTION_CONTROL",
        "ADMIN_PROCEDURES", "SERVICE_DELIVERY");
    static final List<String> EIGHT = List.of("PARTICIPATION", "TRANSPARENCY", "ACCOUNTABILITY", "CORRUPTION_CONTROL",
        "ADMIN_PROCEDURES", "SERVICE_DELIVERY", "ENVIRONMENT", "E_GOVERNANCE");

    private final ProcessEngine engine;

    AssessmentDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    ProcessInstance start(int year) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("assessmentYear", year));
    }

    /** Every dimension in {@code group}, except those named in {@code exceptions}. */
    static Map<String, String> groups(List<String> dimensions, String group, Map<String, String> exceptions) {
        Map<String, String> groups = new LinkedHashMap<>();
        dimensions.forEach(d -> groups.put(d, exceptions.getOrDefault(d, group)));
        return groups;
    }

    static String resultsJson(Map<String, String> groups) {
        return groups.entrySet().stream()
            .map(e -> "{\"dimensionId\":\"" + e.getKey() + "\",\"score\":" + score(e.getValue()) + ",\"group\":\"" + e.getValue() + "\"}")
            .collect(Collectors.joining(",", "[", "]"));
    }

    private static String score(String group) {
        return switch (group) {
            case "HIGHEST" -> "6.05";
            case "HIGH_AVERAGE" -> "5.4";
            case "LOW_AVERAGE" -> "5.12";
            default -> "4.3";
        };
    }

    void enterResults(ProcessInstance instance, Map<String, String> groups) {
        complete(instance, "enterPapiResults", Map.of("dimensionResults", SpinValues.jsonValue(resultsJson(groups)).create(),
            "overallScore", 35.84, "overallGroup", "HIGH_AVERAGE", "provinceRank", 25, "provinceCount", 63));
    }

    List<Task> proposalTasks(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey("proposeCorrectiveMeasures").orderByTaskId().asc().list();
    }

    Object taskVariable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }

    void propose(Task task, String... texts) {
        String json = java.util.Arrays.stream(texts).map(t -> "{\"text\":\"" + t + "\"}").collect(Collectors.joining(",", "[", "]"));
        engine.getTaskService().complete(task.getId(), new HashMap<>(Map.of("proposedMeasures", SpinValues.jsonValue(json).create(),
            "proposalNotes", "Đề xuất của " + taskVariable(task, "leadUnitId"))));
    }

    /** Every lead unit proposes one measure named after it, then the loop's jobs run. */
    void everyLeadUnitProposes(ProcessInstance instance) {
        for (Task task : proposalTasks(instance)) {
            propose(task, "Giải pháp của " + taskVariable(task, "leadUnitId") + " cho " + taskVariable(task, "dimensionId"));
        }
        runJobs(instance);
    }

    void consolidate(ProcessInstance instance, String measuresJson) {
        complete(instance, "consolidateCorrectiveMeasures", Map.of("consolidatedMeasures", SpinValues.jsonValue(measuresJson).create()));
    }

    void approve(ProcessInstance instance) {
        complete(instance, "approveCorrectiveMeasures", Map.of("approvalDecision", "APPROVE", "approvalDocument", "456/QĐ-UBND"));
    }

    void returnToSoNoiVu(ProcessInstance instance, String reason) {
        complete(instance, "approveCorrectiveMeasures", Map.of("approvalDecision", "RETURN", "approvalReason", reason));
    }

    /** Runs this instance's due jobs as the job executor would; not other processes' jobs (the reminder sweep). */
    int runJobs(ProcessInstance instance) {
        return Jobs.runAll(engine.getManagementService(), instance.getId());
    }

    Task task(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task " + taskKey + ", found " + tasks.size());
        }
        engine.getTaskService().complete(tasks.get(0).getId(), new HashMap<>(variables));
    }
}
