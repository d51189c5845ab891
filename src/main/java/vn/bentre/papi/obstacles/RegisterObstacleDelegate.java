package vn.bentre.papi.obstacles;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.JsonVariables;

/**
 * Start of {@code papi-obstacle}: checks the obstacle again on the server, finds the raising unit,
 * opens the case and sets the triage due date.
 * In: {@code unitId} (optional from Tasklist), {@code dimensionId}, {@code measureId},
 * {@code obstacleDescription}, {@code obstacleProposal}, {@code urgency}, {@code sourceReportId},
 * {@code raisedBy} (Java callers only). Out: {@code unitId}, {@code unitName}, {@code dimensionName},
 * {@code measureText}, {@code urgency}, {@code urgencyLabel}, {@code triageDue},
 * {@code departmentOptions}, {@code obstacleReopened}.
 */
@Component("registerObstacle")
class RegisterObstacleDelegate implements JavaDelegate {

    private final RaisingUnits raisingUnits;
    private final MeasureCatalogue catalogue;
    private final Organisation organisation;
    private final ObstacleDeadlines deadlines;
    private final ObstacleRepository obstacles;
    private final JsonVariables json;

    RegisterObstacleDelegate(RaisingUnits raisingUnits, MeasureCatalogue catalogue, Organisation organisation,
            ObstacleDeadlines deadlines, ObstacleRepository obstacles, JsonVariables json) {
        this.raisingUnits = raisingUnits;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.obstacles = obstacles;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Unit unit = raisingUnits.resolve(ObstacleVariables.text(execution, "unitId"), user);
        String dimensionId = ObstacleVariables.requiredText(execution, "dimensionId", "nội dung PAPI liên quan");
        Dimension dimension = catalogue.dimension(dimensionId)
            .orElseThrow(() -> new ObstacleInputException("Không có nội dung PAPI '" + dimensionId + "' (dimensionId)"));
        Measure measure = measure(ObstacleVariables.text(execution, "measureId"), dimension);
        Urgency urgency = ObstacleVariables.urgency(execution);
        RaisedObstacle obstacle = new RaisedObstacle(unit.id(), dimension.id(), measure == null ? null : measure.id(),
            ObstacleVariables.requiredText(execution, "obstacleDescription", "nội dung vướng mắc"),
            ObstacleVariables.requiredText(execution, "obstacleProposal", "đề xuất, kiến nghị của đơn vị"),
            urgency, ObstacleVariables.text(execution, "sourceReportId"),
            user != null ? user.getUserId() : ObstacleVariables.text(execution, "raisedBy"));
        Date now = ClockUtil.getCurrentTime();

        obstacles.open(execution.getProcessInstanceId(), obstacle, now);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(unit.id());
        }
        execution.setVariable("unitId", unit.id());
        execution.setVariable("unitName", unit.name());
        execution.setVariable("dimensionName", dimension.name());
        execution.setVariable("measureText", measure == null ? null : measure.id() + " — " + measure.text());
        execution.setVariable("urgency", urgency.name());
        execution.setVariable("urgencyLabel", urgency.label());
        execution.setVariable("raisedBy", obstacle.raisedBy());
        execution.setVariable("triageDue", deadlines.triage(urgency));
        execution.setVariable("obstacleReopened", false);
        execution.setVariable("departmentOptions", json.json(departmentOptions()));
    }

    private Measure measure(String measureId, Dimension dimension) {
        if (measureId == null) {
            return null;
        }
        Measure measure = catalogue.measure(measureId)
            .orElseThrow(() -> new ObstacleInputException("Không có giải pháp '" + measureId + "' trong danh mục (measureId)"));
        if (!measure.dimensionId().equals(dimension.id())) {
            throw new ObstacleInputException("Giải pháp " + measureId + " không thuộc nội dung \"" + dimension.name() + "\"");
        }
        return measure;
    }

    /** Who Sở Nội vụ may ask for an opinion: every provincial department and body but itself. */
    private List<Map<String, String>> departmentOptions() {
        return organisation.units(UnitLevel.DEPARTMENT, null).stream()
            .filter(unit -> !unit.id().equals(Obstacles.TRIAGE_UNIT))
            .map(unit -> Map.of("value", unit.id(), "label", unit.name())).toList();
    }
}
