package vn.bentre.papi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every diagram in {@code processes/} passes bpmnlint with {@code bpmnlint:recommended} and the
 * camunda-compat rules Modeler applies to Camunda 7.24 diagrams, without a single error or
 * warning. The fixtures prove the linter really runs: the clean one passes, the bad one fails.
 * Needs {@code npm ci --prefix tools/bpmnlint}; see docs/diagrams.md.
 */
class DiagramLintTests {

    @Test
    void diagramsInProcessesPassBpmnlint() {
        Bpmnlint bpmnlint = Bpmnlint.installed();
        List<Path> diagrams = ProjectDiagrams.processes();
        assumeFalse(diagrams.isEmpty(), "No diagrams in processes/ yet: bpmnlint ran on the fixtures only");

        Bpmnlint.Result result = bpmnlint.lint(diagrams);

        assertTrue(result.passed(), () -> "bpmnlint reports problems (exit code " + result.exitCode() + "):\n" + result.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "collapsed-sub-process"})
    void cleanFixturesPass(String fixture) {
        Bpmnlint.Result result = Bpmnlint.installed().lint(List.of(ProjectDiagrams.fixture(fixture)));

        assertTrue(result.passed(), () -> "exit code " + result.exitCode() + ":\n" + result.output());
    }

    @Test
    void unitTaskTestDiagramPasses() {
        Bpmnlint.Result result = Bpmnlint.installed().lint(List.of(ProjectDiagrams.UNIT_TASK));

        assertTrue(result.passed(), () -> "exit code " + result.exitCode() + ":\n" + result.output());
    }

    @Test
    void fixtureBreakingRecommendedAndCamundaRulesFails() {
        Bpmnlint.Result result = Bpmnlint.installed().lint(List.of(ProjectDiagrams.fixture("lint-failure")));

        assertThat(result.passed()).as(result.output()).isFalse();
        assertThat(result.output())
            .contains("archiveDocuments", "no-disconnected")
            .contains("fixture-lint-failure", "camunda-compat/history-time-to-live");
    }

    @Test
    void configurationIsWhatModelerApplies() throws IOException {
        var config = new ObjectMapper().readTree(ProjectDiagrams.ROOT.resolve(".bpmnlintrc").toFile());

        assertThat(config.path("extends").toString())
            .isEqualTo("[\"bpmnlint:recommended\",\"plugin:camunda-compat/camunda-platform-7-24\"]");
    }
}
