package vn.bentre.papi.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Reads diagrams with the Camunda model API (as the engine will) and applies the house rules
 * bpmnlint does not know, collecting every violation of every file before anyone fails.
 */
final class DiagramChecker {

    private final List<DiagramRule> rules;

    private DiagramChecker(List<DiagramRule> rules) {
        this.rules = rules;
    }

    /** Every rule, for what goes to {@code processes/}: layout, names, ids and conventions, forms read from the directory. */
    static DiagramChecker allRules(Path formsDirectory) {
        return new DiagramChecker(List.of(new ShapeRules(), new EdgeRules(), new NameRules(), new IdRules(),
            new ConventionRules(FormCatalogue.read(formsDirectory))));
    }

    /** Layout and ids only: for test diagrams, which need no forms, version tags or Vietnamese names. */
    static DiagramChecker layoutAndIds() {
        return new DiagramChecker(List.of(new ShapeRules(), new EdgeRules(), new IdRules()));
    }

    List<DiagramViolation> check(List<Path> files) {
        List<DiagramViolation> violations = new ArrayList<>();
        files.forEach(file -> violations.addAll(check(file)));
        return violations;
    }

    List<DiagramViolation> check(Path file) {
        Violations violations = new Violations(ProjectDiagrams.relative(file));
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromFile(file.toFile());
        } catch (RuntimeException e) {
            violations.add("-", "unreadable", "the engine cannot read the file: " + messages(e));
            return violations.list();
        }
        rules.forEach(rule -> rule.check(model, violations));
        return violations.list();
    }

    /** One line per violation, for a failure message an administrator can work through. */
    static String report(List<DiagramViolation> violations) {
        return violations.size() + " diagram house rule violation(s):\n  "
            + violations.stream().map(DiagramViolation::toString).collect(Collectors.joining("\n  "));
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }
}
