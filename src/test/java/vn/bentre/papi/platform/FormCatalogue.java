package vn.bentre.papi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms of a {@code forms/} directory: their ids (what {@code camunda:formRef}
 * names) and their deployment resource names ("forms/review-unit-plan.form", what a
 * {@code camunda-forms:deployment:} form key names).
 */
final class FormCatalogue {

    private final Set<String> ids = new HashSet<>();
    private final Set<String> resourceNames = new HashSet<>();

    private FormCatalogue() {
    }

    static FormCatalogue read(Path formsDirectory) {
        FormCatalogue catalogue = new FormCatalogue();
        if (!Files.isDirectory(formsDirectory)) {
            return catalogue;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(formsDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".form")).toList()) {
                JsonNode id = json.readTree(file.toFile()).path("id");
                if (id.isTextual()) {
                    catalogue.ids.add(id.asText());
                }
                catalogue.resourceNames.add("forms/" + formsDirectory.relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forms in " + formsDirectory, e);
        }
        return catalogue;
    }

    boolean hasId(String id) {
        return ids.contains(id);
    }

    boolean hasResource(String resourceName) {
        return resourceNames.contains(resourceName);
    }
}
