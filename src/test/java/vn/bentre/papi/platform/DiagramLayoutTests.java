package vn.bentre.papi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The house rules bpmnlint does not check, on every diagram in {@code processes/}: all drawn,
 * no overlapping shapes, no crossing flows, no flow through a shape, Vietnamese names, ASCII
 * ids, history time to live, version tag and existing Camunda Forms. The fixtures in
 * {@code src/test/resources/diagram-fixtures} prove each rule catches what it should, and only that.
 */
class DiagramLayoutTests {

    private static final DiagramChecker FIXTURE_CHECKER = DiagramChecker.allRules(ProjectDiagrams.FIXTURE_FORMS);

    @Test
    void diagramsInProcessesFollowTheHouseRules() {
        List<Path> diagrams = ProjectDiagrams.processes();
        assumeFalse(diagrams.isEmpty(), "No diagrams in processes/ yet: only the fixtures were checked");

        assertNoViolations(DiagramChecker.allRules(ProjectDiagrams.FORMS).check(diagrams));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "collapsed-sub-process"})
    void cleanFixturesFollowEveryRule(String fixture) {
        assertNoViolations(FIXTURE_CHECKER.check(ProjectDiagrams.fixture(fixture)));
    }

    @Test
    void unitTaskTestDiagramHasACleanLayoutAndAsciiIds() {
        assertNoViolations(DiagramChecker.layoutAndIds().check(ProjectDiagrams.UNIT_TASK));
    }

    @Test
    void reportNamesFileElementAndRule() {
        List<DiagramViolation> violations = FIXTURE_CHECKER.check(ProjectDiagrams.fixture("overlapping-shapes"));

        assertThat(DiagramChecker.report(violations)).contains(
            "src/test/resources/diagram-fixtures/overlapping-shapes.bpmn › receiveDocuments [overlap]: "
                + "task 'Tiếp nhận hồ sơ' (receiveDocuments) overlaps task 'Kiểm tra hồ sơ' (checkDocuments)");
    }

    @Nested
    class EachRuleCatchesItsFixture {

        @Test
        void shapesThatOverlapButNotABoundaryEventOnItsHost() {
            assertViolations("overlapping-shapes").containsExactly(tuple("overlap", "receiveDocuments"));
        }

        @Test
        void flowsThatCrossButNotFlowsMergingIntoOnePoint() {
            assertViolations("crossing-flows").containsExactly(tuple("crossing", "documentsValid"));
        }

        @Test
        void aFlowThroughAShapeThatIsNeitherItsSourceNorItsTarget() {
            assertViolations("edge-through-shape").containsExactly(tuple("edge-through-shape", "toDocumentsFiled"));
        }

        @Test
        void elementsThatAreNotDrawn() {
            assertViolations("missing-diagram-elements").containsExactlyInAnyOrder(
                tuple("missing-shape", "receiveDocuments"),
                tuple("missing-edge", "toDocumentsFiled"));
        }

        @Test
        void englishOrMissingNamesAndIdsThatAreNotEnglish() {
            assertViolations("naming").containsExactlyInAnyOrder(
                tuple("name-missing", "fixture-naming"),
                tuple("name-not-vietnamese", "documentsArrived"),
                tuple("name-missing", "duyệtHồSơ"),
                tuple("id", "duyệtHồSơ"),
                tuple("id", "_documentsRejected"),
                tuple("name-not-vietnamese", "documentsValid"),
                tuple("gateway-flow-unnamed", "documentsInvalid"));
        }

        @Test
        void missingPlatformHistoryTimeToLiveVersionTagAndForms() {
            assertViolations("conventions").containsExactlyInAnyOrder(
                tuple("execution-platform", "conventionsDefinitions"),
                tuple("history-time-to-live", "fixture-conventions"),
                tuple("version-tag", "fixture-conventions"),
                tuple("form-missing", "draftPlan"),
                tuple("form-unknown", "checkPlan"),
                tuple("form-binding", "approvePlan"),
                tuple("form-unknown", "publishPlan"));
        }

        private ListAssert<Tuple> assertViolations(String fixture) {
            List<DiagramViolation> violations = FIXTURE_CHECKER.check(ProjectDiagrams.fixture(fixture));
            List<Tuple> found = violations.stream().map(violation -> tuple(violation.rule(), violation.elementId())).toList();
            return assertThat(found).as(DiagramChecker.report(violations));
        }
    }

    private static void assertNoViolations(List<DiagramViolation> violations) {
        if (!violations.isEmpty()) {
            fail(DiagramChecker.report(violations));
        }
    }
}
