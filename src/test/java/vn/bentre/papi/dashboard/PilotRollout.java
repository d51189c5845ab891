package vn.bentre.papi.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.support.Jobs;

/**
 * A pilot rollout of plan 4129/KH-UBND to two departments and huyện Chợ Lách (with its 11 communes),
 * started on 20/08/2015 with plans due 30/09/2015, then driven as its users would:
 * <ul>
 * <li>Sở Tư pháp: approved; Sở Y tế: submitted, waiting for its head's signature;</li>
 * <li>the district's first commune: signed, waiting for Phòng Nội vụ's review; the second: approved;</li>
 * <li>the district itself and its other 9 communes: still drafting.</li>
 * </ul>
 */
final class PilotRollout {

    static final String DISTRICT = "huyen-832";
    static final String DISTRICT_OFFICE = "huyen-832-phong-noi-vu";
    static final String DISTRICT_LABEL = "Huyện Chợ Lách";
    static final LocalDate STARTED = LocalDate.of(2015, 8, 20);
    static final LocalDate DEADLINE = LocalDate.of(2015, 9, 30);
    /** Five days after the deadline: drafts are 5 days late, the signature and the review over 7. */
    static final LocalDate AFTER_DEADLINE = LocalDate.of(2015, 10, 5);
    static final String MEASURES = """
        [{"measureId":"participation-1","action":"Tuyên truyền Pháp lệnh thực hiện dân chủ ở cơ sở","responsible":"Văn phòng",
          "deadline":"2015-12-31"}]""";

    final List<String> communes;
    final String inReviewCommune;
    final String approvedCommune;
    final String draftingCommune;
    private final ProcessEngine engine;

    PilotRollout(ProcessEngine engine, Organisation organisation) {
        this.engine = engine;
        this.communes = organisation.units(UnitLevel.COMMUNE, DISTRICT).stream().map(Unit::id).toList();
        this.inReviewCommune = communes.get(0);
        this.approvedCommune = communes.get(1);
        this.draftingCommune = communes.get(2);
    }

    /** Starts the rollout on {@link #STARTED} and plays the story; the clock stays on that day. */
    ProcessInstance play() {
        DashboardTestSupport.clockAt(STARTED, LocalTime.of(9, 0));
        ProcessInstance rollout = engine.getRuntimeService().startProcessInstanceByKey("papi-plan-rollout", "4129/KH-UBND",
            new HashMap<>(Map.of("planNumber", "4129/KH-UBND", "planIssuedOn", "2015-08-13", "unitPlanDeadline", "2015-09-30",
                "rolloutUnitIds", "so-tu-phap, so-y-te, " + DISTRICT)));
        Jobs.runAll(engine.getManagementService());
        approve("so-tu-phap");
        submit("so-y-te");
        submit(inReviewCommune);
        sign(inReviewCommune);
        approve(approvedCommune);
        return rollout;
    }

    private void approve(String unitId) {
        submit(unitId);
        sign(unitId);
        complete(unitId, "reviewUnitPlan", Map.of("reviewDecision", "APPROVE"));
        Jobs.runAll(engine.getManagementService());
    }

    private void submit(String unitId) {
        complete(unitId, "draftUnitPlan", Map.of("planMeasures", SpinValues.jsonValue(MEASURES).create(), "planNotes", "Thí điểm"));
    }

    private void sign(String unitId) {
        complete(unitId, "signUnitPlan", Map.of("signOffDecision", "SIGN", "signedDocumentNumber", "12/KH-UBND",
            "signedOn", "2015-08-20"));
    }

    private void complete(String unitId, String taskKey, Map<String, Object> variables) {
        ProcessInstance plan = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("papi-unit-plan")
            .processInstanceBusinessKey(unitId).singleResult();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(taskKey).singleResult();
        engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
    }
}
