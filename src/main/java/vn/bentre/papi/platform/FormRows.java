package vn.bentre.papi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Rows of a form, such as the measures of a plan. Tasklist 7.24 cannot submit a Camunda Form's
 * dynamic list (its Complete button stays disabled once a field inside one was edited), so forms
 * show numbered groups instead: {@code <prefix>1} … {@code <prefix>N}, one object each. REST
 * clients and scripts may still send the rows as one list.
 *
 * <p>Which one the user sent is told by a snapshot of the groups ({@code <prefix>RowsSeen}) taken
 * whenever rows are written or read: groups that changed since were edited in the form; unchanged
 * groups mean the list is what was sent.
 */
@Component
public class FormRows {

    private final JsonVariables json;

    FormRows(JsonVariables json) {
        this.json = json;
    }

    /**
     * The rows the user sent: the filled groups if the form changed them, else the list as sent
     * (checked row by row by the caller, blank rows included).
     *
     * @param filled which group rows count, e.g. those with a chosen measure
     */
    public <T> List<T> read(VariableScope scope, String listVariable, String rowPrefix, int maxRows,
            Class<T> rowType, Predicate<T> filled) {
        String groups = snapshot(scope, rowPrefix, maxRows);
        boolean editedInForm = !Objects.equals(groups, scope.getVariable(rowPrefix + "RowsSeen"))
            && groups.replace("null", "").replace(",", "").length() > 2;
        scope.setVariable(rowPrefix + "RowsSeen", groups);
        if (editedInForm) {
            List<T> rows = new ArrayList<>();
            for (int row = 1; row <= maxRows; row++) {
                T value = json.read(scope, rowPrefix + row, rowType);
                if (value != null && filled.test(value)) {
                    rows.add(value);
                }
            }
            return rows;
        }
        List<T> list = json.readList(scope, listVariable, rowType);
        return list == null ? List.of() : list;
    }

    /** Prefills the groups (and the list) so the form opens with these rows. */
    public void write(VariableScope scope, String listVariable, String rowPrefix, int maxRows, List<?> rows) {
        if (rows.isEmpty() && !scope.hasVariable(listVariable) && !scope.hasVariable(rowPrefix + "RowsSeen")) {
            // Nothing to prefill and nothing to clear: the form opens with empty groups, which read()
            // takes for no rows. Every report a period opens saves two variables so.
            return;
        }
        scope.setVariable(listVariable, json.json(rows));
        // The snapshot from the rows just written, as reading them back would give them: reading
        // every group back costs a deserialization each, for every report a period opens.
        List<Object> seen = new ArrayList<>();
        for (int row = 1; row <= maxRows; row++) {
            if (row <= rows.size()) {
                scope.setVariable(rowPrefix + row, json.json(rows.get(row - 1)));
                seen.add(json.asStored(rows.get(row - 1)));
            } else {
                seen.add(json.read(scope, rowPrefix + row, Object.class));
            }
        }
        scope.setVariable(rowPrefix + "RowsSeen", json.toJson(seen));
    }

    /** The groups as one JSON text, nulls included, to compare with what was seen before. */
    private String snapshot(VariableScope scope, String rowPrefix, int maxRows) {
        List<Object> values = new ArrayList<>();
        for (int row = 1; row <= maxRows; row++) {
            values.add(json.read(scope, rowPrefix + row, Object.class));
        }
        return json.toJson(values);
    }
}
