package vn.bentre.papi.planning;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.platform.JsonVariables;

/**
 * Start of {@code papi-unit-plan}: who the unit is, who reviews it, which catalogue measures apply
 * to it (the draft form's choices) and, for a district, its communes.
 * In: {@code unitId}, {@code unitPlanDeadline}, {@code rolloutId}. Out: {@code unitName},
 * {@code unitLevel}, {@code reviewerId}, {@code measureOptions}, {@code communeIds},
 * {@code hasCommunes}, {@code planRound}.
 */
@Component("prepareUnitPlan")
class PrepareUnitPlanDelegate implements JavaDelegate {

    private final Organisation organisation;
    private final MeasureCatalogue catalogue;
    private final UnitPlanRepository plans;
    private final JsonVariables json;

    PrepareUnitPlanDelegate(Organisation organisation, MeasureCatalogue catalogue, UnitPlanRepository plans, JsonVariables json) {
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.plans = plans;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Unit unit = organisation.requireUnit(PlanVariables.requiredText(execution, "unitId", "đơn vị"));
        Date deadline = (Date) execution.getVariable("unitPlanDeadline");
        List<String> communes = unit.level() != UnitLevel.DISTRICT ? List.of()
            : organisation.units(UnitLevel.COMMUNE, unit.id()).stream().map(Unit::id).toList();
        List<Map<String, String>> options = catalogue.measuresFor(unit).stream()
            .map(m -> Map.of("value", m.id(), "label", m.id() + " — " + m.text())).toList();

        execution.setVariable("unitName", unit.name());
        execution.setVariable("unitLevel", unit.level().name());
        execution.setVariable("reviewerId", unit.reviewerId());
        execution.setVariable("measureOptions", json.json(options));
        execution.setVariable("communeIds", communes);
        execution.setVariable("hasCommunes", !communes.isEmpty());
        execution.setVariable("planRound", 1);
        plans.openPlan(execution.getProcessInstanceId(), (String) execution.getVariable("rolloutId"), unit.id(), deadline);
    }
}
