package vn.bentre.papi.webapps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One shared Tasklist filter as the plan wants it.
 *
 * @param key         stable identity, kept in the filter's properties so a renamed filter is still found
 * @param name        what Tasklist shows in its filter list
 * @param criteria    narrows a fresh task query; expressions are evaluated for the user who opens the filter
 * @param audience    who may read the filter
 */
record TaskFilterDefinition(String key, String name, String description, int priority, Audience audience,
        UnaryOperator<TaskQuery> criteria) {

    /** Property under which {@link #key} is stored; Tasklist ignores properties it does not know. */
    static final String KEY_PROPERTY = "papiFilterKey";

    /** Process variables every filter shows under a task in the list, with their Vietnamese labels. */
    static final List<Map<String, String>> LIST_VARIABLES = List.of(
        Map.of("name", "unitName", "label", "Đơn vị"),
        Map.of("name", "dueDateLabel", "label", "Hạn xử lý"));

    enum Audience {
        /** The groups of every unit: officials and their leaders. */
        ALL_UNITS,
        /** The groups of units that review other units' plans and reports. */
        REVIEWERS
    }

    /** The properties Tasklist reads: order in the list, tooltip, auto-refresh, variables shown per task. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(KEY_PROPERTY, key);
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", LIST_VARIABLES);
        return properties;
    }

    TaskQuery query(TaskQuery fresh) {
        return criteria.apply(fresh).orderByDueDate().asc();
    }
}
