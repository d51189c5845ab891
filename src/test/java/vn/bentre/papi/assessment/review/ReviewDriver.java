package vn.bentre.papi.assessment.review;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.support.Jobs;

/** Drives {@code papi-review} and its self-assessments the way their users do, so each test reads as its story. */
class ReviewDriver {

    static final String PROCESS = "papi-review";
    static final String SELF_ASSESSMENT = "papi-review-self-assessment";
    static final String VALID_URL = "https://www.bentre.gov.vn/tin-tuc/so-ket-papi-2019";

    private final ProcessEngine engine;

    ReviewDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Sở Nội vụ opens a preliminary review of 2019 for the given units; the self-assessments open (a job). */
    ProcessInstance start(String units, LocalDate deadline) {
        Map<String, Object> form = new HashMap<>(Map.of("reviewKind", "PRELIMINARY",
            "reviewFrom", ReviewFixtures.SPAN_FROM.toString(), "reviewTo", ReviewFixtures.SPAN_TO.toString(),
            "reviewTitle", "Sơ kết thực hiện Kế hoạch nâng cao Chỉ số PAPI năm 2019",
            "selfAssessmentDeadline", deadline.toString()));
        if (units != null) {
            form.put("reviewUnitIds", units);
        }
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, form);
        Jobs.runAll(engine.getManagementService());
        return review;
    }

    ProcessInstance selfAssessment(ProcessInstance review, String unitId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SELF_ASSESSMENT)
            .processInstanceBusinessKey(review.getId() + ":" + unitId).singleResult();
    }

    void fill(ProcessInstance selfAssessment, Map<String, Object> changes) {
        Map<String, Object> form = new HashMap<>(Map.of("overallAssessment", "Đã triển khai đầy đủ các giải pháp của Kế hoạch",
            "difficulties", "Kinh phí còn hạn chế", "proposals", "Đề nghị tập huấn về Chỉ số PAPI"));
        form.putAll(changes);
        complete(selfAssessment, "fillSelfAssessment", form);
    }

    void sign(ProcessInstance selfAssessment) {
        complete(selfAssessment, "signSelfAssessment", Map.of("signOffDecision", "SIGN", "signedDocumentNumber", "45/BC-STP"));
    }

    /** The unit fills in and its head signs: the self-assessment is sent. */
    void send(ProcessInstance review, String unitId) {
        ProcessInstance selfAssessment = selfAssessment(review, unitId);
        fill(selfAssessment, Map.of());
        sign(selfAssessment);
        Jobs.runAll(engine.getManagementService());
    }

    void draft(ProcessInstance review) {
        // Sở Nội vụ keeps the prefilled sections (process variables) and completes.
        complete(review, "draftReviewReport", Map.of());
    }

    void approve(ProcessInstance review) {
        complete(review, "approveReviewReport", Map.of("approvalDecision", "APPROVE", "documentNumber", "125/BC-UBND",
            "signerRole", "VICE_CHAIRMAN", "signerName", "Nguyễn Văn Hiếu"));
    }

    void returnReport(ProcessInstance review, String reason) {
        complete(review, "approveReviewReport", Map.of("approvalDecision", "RETURN", "approvalReason", reason));
    }

    void publish(ProcessInstance review, String url) {
        complete(review, "publishReviewResults", Map.of("publicationUrl", url, "publishedOn", DueDates.today().toString(),
            "publicationChannels", List.of("Cổng thông tin điện tử tỉnh", "Báo Đồng Khởi")));
    }

    Task task(ProcessInstance instance, String taskKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task " + taskKey + " in " + instance.getId() + ", found " + tasks.size());
        }
        return tasks.get(0);
    }

    void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(instance, taskKey).getId(), new HashMap<>(variables));
    }
}
