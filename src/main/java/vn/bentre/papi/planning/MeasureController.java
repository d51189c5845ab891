package vn.bentre.papi.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/plan/measures}: the measure catalogue, optionally of one dimension. */
@RestController
@RequestMapping("/api/plan")
class MeasureController {

    private final MeasureCatalogue catalogue;

    MeasureController(MeasureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/measures")
    List<MeasureResponse> measures(@RequestParam(required = false) String dimension) {
        Map<String, String> dimensionNames = catalogue.dimensions().stream()
            .collect(Collectors.toMap(Dimension::id, Dimension::name, (a, b) -> a, LinkedHashMap::new));
        String id = dimension == null || dimension.isBlank() ? null : dimension.trim().toUpperCase(Locale.ROOT);
        if (id != null && !dimensionNames.containsKey(id)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Nội dung PAPI '" + dimension + "' không có; dùng một trong: "
                + String.join(", ", dimensionNames.keySet()) + " (unknown dimension)");
        }
        return (id == null ? catalogue.measures() : catalogue.measures(id)).stream()
            .map(m -> MeasureResponse.of(m, dimensionNames.get(m.dimensionId()))).toList();
    }

    @GetMapping("/dimensions")
    List<Dimension> dimensions() {
        return catalogue.dimensions();
    }

    record MeasureResponse(String id, String dimension, String dimensionName, String text, List<String> leadUnits,
            List<String> cooperatingUnits, Measure.MeasureSource source, Integer addedYear) {
        static MeasureResponse of(Measure m, String dimensionName) {
            return new MeasureResponse(m.id(), m.dimensionId(), dimensionName, m.text(), m.leadUnits(),
                m.cooperatingUnits(), m.source(), m.addedYear());
        }
    }
}
