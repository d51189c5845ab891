package vn.bentre.papi.planning;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bentre.papi.platform.CsvFiles;

/**
 * Loads {@code planning/dimensions.csv} and {@code planning/measures.csv} at start, idempotently.
 * Corrective measures added later by assessments live only in the table and are kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final CatalogueRepository repository;
    private final TransactionTemplate transaction;

    CatalogueLoader(CatalogueRepository repository, TransactionTemplate transaction) {
        this.repository = repository;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    int load() {
        List<Dimension> dimensions = rows("planning/dimensions.csv").stream().map(r -> new Dimension(r.get("id"),
            r.get("name"), Integer.parseInt(r.get("since_year")),
            r.get("until_year").isBlank() ? null : Integer.valueOf(r.get("until_year")))).toList();
        List<Measure> measures = rows("planning/measures.csv").stream().map(r -> new Measure(r.get("id"),
            r.get("dimension"), r.get("text"), CatalogueRepository.split(r.get("lead_units")),
            CatalogueRepository.split(r.get("cooperating_units")), Measure.MeasureSource.PLAN, null)).toList();
        int written = transaction.execute(status -> repository.saveDimensions(dimensions) + repository.saveMeasures(measures));
        log.info("Danh mục giải pháp: {} nội dung, {} giải pháp; ghi {} dòng", dimensions.size(), measures.size(), written);
        return written;
    }

    private static List<Map<String, String>> rows(String file) {
        return CsvFiles.read(file);
    }
}
