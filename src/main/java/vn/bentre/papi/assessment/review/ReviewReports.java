package vn.bentre.papi.assessment.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;

/** Reads a review's report data ({@link ReviewReportData}) for the draft form and the Word document. */
@Service
class ReviewReports {

    private final ReviewRepository reviews;
    private final Organisation organisation;
    private final MeasureCatalogue catalogue;
    private final ReviewEvidence evidence;

    ReviewReports(ReviewRepository reviews, Organisation organisation, MeasureCatalogue catalogue, ReviewEvidence evidence) {
        this.reviews = reviews;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.evidence = evidence;
    }

    Optional<ReviewReportData> load(String reviewId) {
        return reviews.find(reviewId).map(this::load);
    }

    private ReviewReportData load(Review review) {
        Map<String, Unit> units = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<Unit> all = organisation.units();
        for (int i = 0; i < all.size(); i++) {
            units.put(all.get(i).id(), all.get(i));
            order.put(all.get(i).id(), i);
        }
        List<ReviewReportData.UnitRow> rows = reviews.selfAssessments(review.id()).stream()
            .sorted(Comparator.comparing(a -> order.getOrDefault(a.unitId(), Integer.MAX_VALUE)))
            .map(a -> new ReviewReportData.UnitRow(a.unitId(),
                Optional.ofNullable(units.get(a.unitId())).map(Unit::name).orElse(a.unitId()), a))
            .toList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.unitId(), r.unitName()));

        Map<String, List<ReviewReportData.DimensionRow>> byDimension = new LinkedHashMap<>();
        evidence.dimensions(review.periodFrom(), review.periodTo()).forEach(d -> byDimension.put(d.id(), new ArrayList<>()));
        List<DimensionAssessment> stated = reviews.dimensions(review.id()).stream()
            .filter(d -> rows.stream().anyMatch(r -> r.unitId().equals(d.unitId()) && r.assessment().sent()))
            .sorted(Comparator.comparing(d -> order.getOrDefault(d.unitId(), Integer.MAX_VALUE)))
            .toList();
        for (DimensionAssessment d : stated) {
            byDimension.computeIfAbsent(d.dimensionId(), id -> new ArrayList<>()).add(new ReviewReportData.DimensionRow(
                names.getOrDefault(d.unitId(), d.unitId()), d.done(), d.inProgress(), d.notStarted(), d.assessment()));
        }
        List<ReviewReportData.DimensionTable> tables = new ArrayList<>();
        byDimension.forEach((id, dimensionRows) -> tables.add(new ReviewReportData.DimensionTable(id,
            catalogue.dimension(id).map(Dimension::name).orElse(id), dimensionRows)));
        return new ReviewReportData(review, rows, tables);
    }
}
