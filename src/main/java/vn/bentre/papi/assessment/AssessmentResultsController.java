package vn.bentre.papi.assessment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/assessment/results[?year=2014]}: PAPI results per year and per dimension, for the
 * dashboard. Read-only; any signed-in user (PAPI results are published data).
 */
@RestController
@RequestMapping("/api/assessment")
class AssessmentResultsController {

    private final AssessmentResults results;

    AssessmentResultsController(AssessmentResults results) {
        this.results = results;
    }

    @GetMapping("/results")
    List<AssessmentResults.YearResult> results(@RequestParam(required = false) Integer year) {
        return results.all().stream().filter(r -> year == null || r.year() == year).toList();
    }
}
