package vn.bentre.papi.organisation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organisation at every start: units into {@code org_unit}, then Camunda's groups,
 * users and authorizations. Idempotent, and all in one transaction, so a failed start leaves
 * nothing half-written. Runs first among start-up tasks: other features' set-up needs the groups.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OrganisationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationLoader.class);

    private final UnitCatalogue catalogue;
    private final UnitRepository repository;
    private final IdentitySynchronizer identities;
    private final AuthorizationSynchronizer authorizations;
    private final TransactionTemplate transaction;

    OrganisationLoader(UnitCatalogue catalogue, UnitRepository repository, IdentitySynchronizer identities,
            AuthorizationSynchronizer authorizations, TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.repository = repository;
        this.identities = identities;
        this.authorizations = authorizations;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** What one load wrote; all zero when nothing had changed. */
    public record LoadResult(int units, int identities, int authorizations) {
        public boolean changedNothing() {
            return units == 0 && identities == 0 && authorizations == 0;
        }
    }

    public LoadResult load() {
        List<Unit> units = catalogue.read();
        LoadResult result = transaction.execute(status -> new LoadResult(
            repository.save(units), identities.synchronise(units), authorizations.synchronise(units)));
        log.info("Tổ chức: {} đơn vị; ghi {} đơn vị, {} nhóm/người dùng, {} quyền", units.size(),
            result.units(), result.identities(), result.authorizations());
        return result;
    }
}
