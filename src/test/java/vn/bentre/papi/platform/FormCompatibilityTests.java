package vn.bentre.papi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * What Tasklist 7.24 can actually submit. It renders form-js 1.8, but once a field inside a
 * {@code dynamiclist} has been edited its Complete button stays disabled for good: it counts the
 * error entries form-js leaves, empty, for repeated fields. Forms use numbered {@code group}s
 * with a {@code path} instead (see forms/draft-unit-plan.form).
 */
class FormCompatibilityTests {

    @Test
    void shouldUseNoComponentThatTasklistCannotSubmit() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode schema = new ObjectMapper().readTree(form.toFile());
                assertThat(schema.get("schemaVersion").asInt()).as(form + ": schemaVersion of form-js 1.8").isLessThanOrEqualTo(16);
                collect(form, schema.get("components"), problems);
            }
        }
        assertThat(problems).as("components Tasklist 7.24 cannot submit").isEmpty();
    }

    private static void collect(Path form, JsonNode components, List<String> problems) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            if ("dynamiclist".equals(component.path("type").asText())) {
                problems.add(form.getFileName() + " › " + component.path("id").asText()
                    + ": dynamiclist (use numbered groups with a path)");
            }
            collect(form, component.get("components"), problems);
        }
    }
}
