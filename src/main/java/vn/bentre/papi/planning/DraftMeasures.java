package vn.bentre.papi.planning;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormRows;

/**
 * The measures of a draft plan: the draft form's numbered groups {@code measure1} …
 * {@code measure8}, or one list {@code planMeasures} (REST and scripts); see {@link FormRows}.
 */
@Component
class DraftMeasures {

    static final int SLOTS = 8;
    static final TypeReference<List<PlanMeasureEntry>> LIST = new TypeReference<>() { };

    private final FormRows rows;

    DraftMeasures(FormRows rows) {
        this.rows = rows;
    }

    List<PlanMeasureEntry> read(VariableScope scope) {
        return rows.read(scope, "planMeasures", "measure", SLOTS, PlanMeasureEntry.class,
            entry -> entry.measureId() != null && !entry.measureId().isBlank());
    }
}
