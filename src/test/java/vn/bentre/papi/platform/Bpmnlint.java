package vn.bentre.papi.platform;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's pinned bpmnlint ({@code tools/bpmnlint}) with the root {@code .bpmnlintrc},
 * run by Node as CI and administrators run it. Not installed: the test is skipped, unless
 * {@code PAPI_IT_LINT=true} (CI), where it fails.
 */
final class Bpmnlint {

    static final String INSTALL = "run npm ci --prefix tools/bpmnlint";
    private static final long TIMEOUT_SECONDS = 120;

    private final Path tool;
    private final Path cli;
    private final Path config;

    private Bpmnlint(Path tool, Path cli, Path config) {
        this.tool = tool;
        this.cli = cli;
        this.config = config;
    }

    /** The installed linter; skips (or, with PAPI_IT_LINT=true, fails) the calling test when it is not installed. */
    static Bpmnlint installed() {
        Path tool = ProjectDiagrams.ROOT.resolve("tools/bpmnlint");
        Path packageJson = tool.resolve("node_modules/bpmnlint/package.json");
        if (!Files.isRegularFile(packageJson)) {
            String message = "bpmnlint is not installed in tools/bpmnlint/node_modules: " + INSTALL;
            if ("true".equalsIgnoreCase(System.getenv("PAPI_IT_LINT"))) {
                Assertions.fail(message + " (PAPI_IT_LINT=true)");
            }
            Assumptions.abort(message);
        }
        return new Bpmnlint(tool, packageJson.resolveSibling(binPath(packageJson)).normalize(), ProjectDiagrams.ROOT.resolve(".bpmnlintrc"));
    }

    /**
     * Lints the files in one run. Runs in tools/bpmnlint because bpmnlint loads its plug-ins
     * (camunda-compat) from the working directory; the configuration is the root .bpmnlintrc.
     * With --max-warnings=0 any warning (and camunda-compat's "info") fails the run too.
     */
    Result lint(List<Path> diagrams) {
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--config", config.toString(), "--max-warnings=0"));
        diagrams.forEach(diagram -> command.add(diagram.toAbsolutePath().toString()));
        Path output = null;
        try {
            output = Files.createTempFile("bpmnlint", ".txt");
            Process process = new ProcessBuilder(command).directory(tool.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Assertions.fail("bpmnlint did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(output, UTF_8));
        } catch (IOException e) {
            return Assertions.fail("Cannot run bpmnlint (is Node 20+ on the PATH?): " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Assertions.fail("Interrupted while waiting for bpmnlint", e);
        } finally {
            deleteQuietly(output);
        }
    }

    record Result(int exitCode, String output) {

        boolean passed() {
            return exitCode == 0 && !output.contains("✖");
        }
    }

    /** The "bin" of bpmnlint's package.json: a path, or an object naming the bpmnlint command. */
    private static String binPath(Path packageJson) {
        try {
            JsonNode bin = new ObjectMapper().readTree(packageJson.toFile()).path("bin");
            return bin.isTextual() ? bin.asText() : bin.path("bpmnlint").asText("bin/bpmnlint.js");
        } catch (IOException e) {
            return Assertions.fail("Cannot read " + packageJson + ": " + INSTALL, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is no reason to fail a lint run
        }
    }
}
