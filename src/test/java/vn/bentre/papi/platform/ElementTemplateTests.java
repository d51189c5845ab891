package vn.bentre.papi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Administrators place delegates from Modeler's template catalogue: every delegate a diagram uses
 * has a template, and every template names a bean that exists.
 */
@SpringBootTest
@ActiveProfiles("test")
class ElementTemplateTests {

    private static final Pattern DELEGATE = Pattern.compile("camunda:delegateExpression=\"\\$\\{(\\w+)}\"");

    @Autowired ApplicationContext context;

    @Test
    void shouldOfferATemplateForEveryDelegateTheDiagramsUseAndOnlyForBeansThatExist() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = DELEGATE.matcher(Files.readString(diagram));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> templated = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes/.camunda/element-templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode template : new ObjectMapper().readTree(file.toFile())) {
                    assertThat(template.get("id").asText()).as(file + ": template id").startsWith("vn.bentre.papi.");
                    for (JsonNode property : template.get("properties")) {
                        if ("camunda:delegateExpression".equals(property.at("/binding/name").asText())) {
                            templated.add(property.get("value").asText().replaceAll("^\\$\\{|}$", ""));
                        }
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(templated).containsAll(used);
        assertThat(templated).allSatisfy(bean -> assertThat(context.containsBean(bean)).as("bean %s", bean).isTrue());
    }
}
