package vn.bentre.papi.webapps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the plan's Tasklist filters as filters owned by the administrator and corrects them
 * when someone has edited them, so every start leaves exactly one filter per definition.
 */
@Component
class SharedTaskFilters {

    /** Owner of shared filters: the administrator, who alone may edit them in Tasklist. */
    static final String OWNER = "admin";

    private final FilterService filters;
    private final TaskService tasks;

    SharedTaskFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** @return the id of each definition's filter, by definition key, and how many filters were written */
    Result synchronise(List<TaskFilterDefinition> definitions) {
        List<Filter> owned = filters.createTaskFilterQuery().filterOwner(OWNER).list();
        Map<String, String> ids = new LinkedHashMap<>();
        int written = 0;
        for (TaskFilterDefinition definition : definitions) {
            Filter wanted = filters.newTaskFilter(definition.name())
                .setOwner(OWNER)
                .setProperties(definition.properties())
                .setQuery(definition.query(tasks.createTaskQuery()));
            Optional<Filter> existing = find(owned, definition);
            if (existing.isPresent() && same(existing.get(), wanted)) {
                ids.put(definition.key(), existing.get().getId());
                continue;
            }
            Filter filter = existing.orElse(wanted);
            if (existing.isPresent()) {
                filter.setName(wanted.getName()).setProperties(wanted.getProperties()).setQuery(wanted.getQuery());
            }
            ids.put(definition.key(), filters.saveFilter(filter).getId());
            written++;
        }
        return new Result(ids, written);
    }

    /** By the key in its properties; by name when an edit in Tasklist has dropped the key. */
    private static Optional<Filter> find(List<Filter> owned, TaskFilterDefinition definition) {
        return owned.stream().filter(f -> definition.key().equals(f.getProperties().get(TaskFilterDefinition.KEY_PROPERTY)))
            .findFirst()
            .or(() -> owned.stream().filter(f -> definition.name().equals(f.getName())).findFirst());
    }

    /** Compares the stored JSON of the queries: a query object has no equals of its own. */
    private static boolean same(Filter existing, Filter wanted) {
        return Objects.equals(existing.getName(), wanted.getName())
            && Objects.equals(existing.getProperties(), wanted.getProperties())
            && Objects.equals(((FilterEntity) existing).getQueryInternal(), ((FilterEntity) wanted).getQueryInternal());
    }

    record Result(Map<String, String> filterIds, int written) {
    }
}
