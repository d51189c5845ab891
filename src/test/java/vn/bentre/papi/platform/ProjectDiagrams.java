package vn.bentre.papi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the diagrams administrators edit, their forms and the test fixtures lie on the file
 * system, relative to the project root (the directory holding {@code pom.xml}).
 */
final class ProjectDiagrams {

    static final Path ROOT = findRoot();
    static final Path PROCESSES = ROOT.resolve("processes");
    static final Path FORMS = ROOT.resolve("forms");
    /** Test diagrams: never under a {@code processes/} folder, which the application deploys. */
    static final Path FIXTURES = ROOT.resolve("src/test/resources/diagram-fixtures");
    static final Path FIXTURE_FORMS = FIXTURES.resolve("forms");
    static final Path UNIT_TASK = ROOT.resolve("src/test/resources/test-processes/unit-task.bpmn");

    private ProjectDiagrams() {
    }

    /** Every {@code processes/**}{@code /*.bpmn}, sorted; empty while nobody has drawn one. */
    static List<Path> processes() {
        if (!Files.isDirectory(PROCESSES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixture(String name) {
        return FIXTURES.resolve(name + ".bpmn");
    }

    /** "processes/papi-unit-plan.bpmn": how a file is named in reports. */
    static String relative(Path file) {
        return ROOT.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No pom.xml above " + Path.of("").toAbsolutePath());
    }
}
