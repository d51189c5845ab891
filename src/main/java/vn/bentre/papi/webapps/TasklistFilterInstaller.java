package vn.bentre.papi.webapps;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.webapps.TaskFilterDefinition.Audience;

/**
 * Installs the plan's shared Tasklist filters at every start and lets each unit's groups read them.
 * Runs after {@link vn.bentre.papi.organisation.OrganisationLoader}, because the groups it grants
 * to must exist; one transaction, so a failed start leaves no filter without its grants.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class TasklistFilterInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilterInstaller.class);

    private final Organisation organisation;
    private final SharedTaskFilters filters;
    private final FilterReadGrants grants;
    private final TransactionTemplate transaction;

    TasklistFilterInstaller(Organisation organisation, SharedTaskFilters filters, FilterReadGrants grants,
            TransactionTemplate transaction) {
        this.organisation = organisation;
        this.filters = filters;
        this.grants = grants;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        install();
    }

    /** @return filters written and grants created or widened; both zero when nothing had changed */
    Installed install() {
        List<TaskFilterDefinition> definitions = PlanTaskFilters.all();
        List<Unit> units = organisation.units();
        Installed installed = transaction.execute(status -> {
            SharedTaskFilters.Result result = filters.synchronise(definitions);
            int granted = 0;
            for (TaskFilterDefinition definition : definitions) {
                granted += grants.grant(result.filterIds().get(definition.key()), groupsOf(definition.audience(), units));
            }
            return new Installed(result.written(), granted);
        });
        log.info("Bộ lọc Tasklist: {} bộ lọc dùng chung; ghi {} bộ lọc, {} quyền xem", definitions.size(),
            installed.filters(), installed.grants());
        return installed;
    }

    static Set<String> groupsOf(Audience audience, List<Unit> units) {
        Set<String> reviewerIds = new LinkedHashSet<>();
        units.stream().map(Unit::reviewerId).filter(Objects::nonNull).forEach(reviewerIds::add);
        Set<String> groups = new LinkedHashSet<>();
        for (Unit unit : units) {
            if (audience == Audience.ALL_UNITS || reviewerIds.contains(unit.id())) {
                groups.add(unit.officialsGroupId());
                groups.add(unit.leadersGroupId());
            }
        }
        return groups;
    }

    record Installed(int filters, int grants) {
    }
}
