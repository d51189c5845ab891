package vn.bentre.papi.planning;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * Start of {@code papi-plan-rollout}: checks the plan's data and lists the units that write their own
 * plan (departments and districts; districts open their communes' plans themselves).
 * In: {@code planNumber}, {@code planIssuedOn}, {@code unitPlanDeadline} (date), optionally
 * {@code rolloutUnitIds} to roll out to some units only (a pilot). Out: {@code rolloutUnits}.
 */
@Component("prepareRollout")
class PrepareRolloutDelegate implements JavaDelegate {

    private final Organisation organisation;
    private final UnitPlanRepository plans;
    private final PlanningProperties properties;

    PrepareRolloutDelegate(Organisation organisation, UnitPlanRepository plans, PlanningProperties properties) {
        this.organisation = organisation;
        this.plans = plans;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String planNumber = PlanVariables.requiredText(execution, "planNumber", "Số kế hoạch");
        LocalDate issuedOn = PlanVariables.date(execution, "planIssuedOn");
        LocalDate deadlineDay = PlanVariables.date(execution, "unitPlanDeadline");
        if (deadlineDay == null) {
            throw new PlanInputException("Cần nhập hạn nộp kế hoạch của các đơn vị (unitPlanDeadline)");
        }
        if (!deadlineDay.isAfter(DueDates.today())) {
            throw new PlanInputException("Hạn nộp kế hoạch " + PlanVariables.format(deadlineDay) + " phải sau ngày hôm nay");
        }
        Date deadline = DueDates.endOfOfficeDay(deadlineDay);
        List<String> units = rolloutUnits(PlanVariables.textList(execution, "rolloutUnitIds"));
        execution.setVariable("unitPlanDeadline", deadline);
        execution.setVariable("rolloutUnits", units);
        plans.openRollout(execution.getProcessInstanceId(), planNumber, issuedOn, deadline, ClockUtil.getCurrentTime());
    }

    private List<String> rolloutUnits(List<String> requested) {
        if (!requested.isEmpty()) {
            requested.forEach(organisation::requireUnit);
            return requested;
        }
        return Stream.concat(organisation.units(UnitLevel.DEPARTMENT, null).stream(),
                organisation.units(UnitLevel.DISTRICT, null).stream())
            .map(Unit::id).filter(id -> !properties.rolloutExcludedUnits().contains(id)).toList();
    }
}
