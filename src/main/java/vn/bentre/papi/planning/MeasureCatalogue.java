package vn.bentre.papi.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.bentre.papi.organisation.Unit;

/** The plan's dimensions and measures, for unit plans, reports, assessment and the dashboard. */
@Service
public class MeasureCatalogue {

    private final CatalogueRepository repository;

    MeasureCatalogue(CatalogueRepository repository) {
        this.repository = repository;
    }

    public List<Dimension> dimensions() {
        return repository.dimensions();
    }

    /** The dimensions PAPI assessed in the given year. */
    public List<Dimension> dimensions(int year) {
        return dimensions().stream().filter(d -> d.assessedIn(year)).toList();
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Measure> measures() {
        return repository.measures();
    }

    public List<Measure> measures(String dimensionId) {
        return measures().stream().filter(m -> m.dimensionId().equals(dimensionId)).toList();
    }

    public List<Measure> measuresFor(Unit unit) {
        return measures().stream().filter(m -> m.appliesTo(unit)).toList();
    }

    public Optional<Measure> measure(String id) {
        return measures().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Adds a corrective measure approved after a PAPI assessment; later reports track it like the plan's own. */
    public Measure addCorrectiveMeasure(String id, String dimensionId, String text, List<String> leadUnits, int year) {
        Measure measure = new Measure(id, dimensionId, text, leadUnits, List.of(), Measure.MeasureSource.CORRECTIVE, year);
        repository.saveMeasure(measure);
        return measure;
    }
}
