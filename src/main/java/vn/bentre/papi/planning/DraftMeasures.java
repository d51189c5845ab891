package vn.bentre.papi.planning;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.JsonVariables;

/**
 * The measures of a draft plan, whichever way they were submitted: the draft form's numbered
 * groups {@code measure1} … {@code measure8} (one object each), or one list {@code planMeasures}
 * (REST and scripts). The form uses groups, not a dynamic list, because Tasklist 7.24 keeps its
 * Complete button disabled once a dynamic list's field has been edited (it counts the empty error
 * entries form-js leaves for repeated fields).
 */
@Component
class DraftMeasures {

    static final int SLOTS = 8;
    static final TypeReference<List<PlanMeasureEntry>> LIST = new TypeReference<>() { };
    private static final TypeReference<PlanMeasureEntry> ONE = new TypeReference<>() { };

    private final JsonVariables json;

    DraftMeasures(JsonVariables json) {
        this.json = json;
    }

    /** The submitted lines; numbered groups win when the form sent any, empty groups are skipped. */
    List<PlanMeasureEntry> read(VariableScope scope) {
        List<PlanMeasureEntry> fromForm = new ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            PlanMeasureEntry entry = json.read(scope, "measure" + slot, ONE);
            if (entry != null && entry.measureId() != null && !entry.measureId().isBlank()) {
                fromForm.add(entry);
            }
        }
        if (!fromForm.isEmpty()) {
            return fromForm;
        }
        List<PlanMeasureEntry> list = json.read(scope, "planMeasures", LIST);
        return list == null ? List.of() : list;
    }
}
