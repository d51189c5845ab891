package vn.bentre.papi.reporting;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * For diagrams: a direction's text and due date, by cycle and unit, as input of the unit's task
 * ({@code ${reportingDirections.text(cycleId, directionUnitId)}}).
 */
@Component("reportingDirections")
public class ReportingDirections {

    private final CycleRepository cycles;

    ReportingDirections(CycleRepository cycles) {
        this.cycles = cycles;
    }

    public String text(String cycleId, String unitId) {
        return direction(cycleId, unitId).text();
    }

    public Date dueAt(String cycleId, String unitId) {
        return direction(cycleId, unitId).dueAt();
    }

    private CycleRepository.Direction direction(String cycleId, String unitId) {
        return cycles.direction(cycleId, unitId).orElseThrow(() -> new IllegalStateException(
            "Kỳ " + cycleId + " không có chỉ đạo cho " + unitId + " (no direction)"));
    }
}
