package vn.bentre.papi.platform;

import static vn.bentre.papi.platform.Violations.type;

import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;

/**
 * Ids are English kebab-case or camelCase: ASCII letters, digits, '-' and '_', starting with
 * a letter. Checked on every BPMN element (what Modeler shows in its ID field); not on the
 * diagram interchange (BPMNShape, BPMNEdge, …), whose ids Modeler writes itself, starting
 * with "_BPMNShape_StartEvent_2" in every new diagram. Modeler cannot even read a Vietnamese
 * id: it reports the element as unparsable.
 */
final class IdRules implements DiagramRule {

    static final Pattern ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");

    @Override
    public void check(BpmnModelInstance model, Violations violations) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            if (id != null && !ID.matcher(id).matches()) {
                String why = NON_ASCII.matcher(id).find()
                    ? "contains Vietnamese or other non-ASCII letters"
                    : "must start with a letter and hold only ASCII letters, digits, '-' and '_'";
                violations.add(id, "id", type(element) + " id '" + id + "' " + why
                    + ": use an English id in kebab-case or camelCase (e.g. reviewUnitPlan)");
            }
        }
    }
}
