package vn.bentre.papi.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Collects the violations found in one diagram file. */
final class Violations {

    private final String file;
    private final List<DiagramViolation> found = new ArrayList<>();

    Violations(String file) {
        this.file = file;
    }

    void add(String elementId, String rule, String message) {
        found.add(new DiagramViolation(file, elementId, rule, message));
    }

    List<DiagramViolation> list() {
        return List.copyOf(found);
    }

    /** "'Lập kế hoạch' (draftPlan)", or just the id when the element has no name. */
    static String describe(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? element.getId() : "'" + name.strip() + "' (" + element.getId() + ")";
    }

    /** "userTask", "exclusiveGateway", … as written in the XML. */
    static String type(ModelElementInstance element) {
        return element.getElementType().getTypeName();
    }
}
