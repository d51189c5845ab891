package vn.bentre.papi.obstacles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.Measure;
import vn.bentre.papi.planning.MeasureCatalogue;

/**
 * A start form in Tasklist has no process variables to take its choices from, so the dimensions
 * and the plan's measures are written into {@code forms/raise-obstacle.form}: they must stay the
 * catalogue's. (Corrective measures added later are not offered there; the Java API accepts them.)
 */
@SpringBootTest
@ActiveProfiles("test")
class RaiseObstacleFormTests {

    @Autowired MeasureCatalogue catalogue;

    private static List<String> values(JsonNode form, String key) {
        List<String> values = new ArrayList<>();
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                component.get("values").forEach(v -> values.add(v.get("value").asText()));
            }
        }
        return values;
    }

    @Test
    void shouldOfferTheCataloguesDimensionsAndPlanMeasures() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/raise-obstacle.form").toFile());

        assertThat(values(form, "dimensionId")).containsExactlyElementsOf(catalogue.dimensions().stream().map(Dimension::id).toList());
        assertThat(values(form, "measureId")).containsExactlyElementsOf(catalogue.measures().stream()
            .filter(m -> m.source() == Measure.MeasureSource.PLAN).map(Measure::id).toList());
    }
}
