package vn.bentre.papi.platform;

import static vn.bentre.papi.platform.Violations.describe;
import static vn.bentre.papi.platform.Violations.type;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Vietnamese names: every flow node, process, pool and lane has one, and so has every answer
 * leaving a deciding gateway (exclusive or inclusive, more than one way out) and every
 * conditional flow. A name "looks Vietnamese" when it has a Vietnamese letter (ă, â, đ, ê, ô,
 * ơ, ư or a tone mark) or a space: this catches "Start" or "Approve", not "Review plan".
 */
final class NameRules implements DiagramRule {

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
        "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACE = Pattern.compile("\\s");

    @Override
    public void check(BpmnModelInstance model, Violations violations) {
        List<BaseElement> mustBeNamed = new ArrayList<>();
        mustBeNamed.addAll(model.getModelElementsByType(Process.class));
        mustBeNamed.addAll(model.getModelElementsByType(Participant.class));
        mustBeNamed.addAll(model.getModelElementsByType(Lane.class));
        mustBeNamed.addAll(model.getModelElementsByType(FlowNode.class));
        for (BaseElement element : mustBeNamed) {
            checkName(element, violations);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!isBlank(name(flow))) {
                checkName(flow, violations);
            } else if (isAnswer(flow)) {
                violations.add(flow.getId(), "gateway-flow-unnamed", "sequence flow " + flow.getId() + " leaves the gateway "
                    + describe(flow.getSource()) + " without a name: name it as an answer to the gateway's question (e.g. 'Có', 'Không')");
            } else if (flow.getConditionExpression() != null) {
                violations.add(flow.getId(), "name-missing", "conditional sequence flow " + flow.getId()
                    + " has no name: name the condition in Vietnamese");
            }
        }
    }

    static boolean looksVietnamese(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return SPACE.matcher(text).find() || VIETNAMESE_LETTER.matcher(text).find();
    }

    private static void checkName(BaseElement element, Violations violations) {
        String name = name(element);
        if (isBlank(name)) {
            violations.add(element.getId(), "name-missing", type(element) + " " + element.getId()
                + " has no name: give it a Vietnamese name (e.g. 'Lập kế hoạch')");
        } else if (!looksVietnamese(name)) {
            violations.add(element.getId(), "name-not-vietnamese", type(element) + " " + describe(element)
                + ": the name does not look Vietnamese (no Vietnamese letter and no space): name it in Vietnamese");
        }
    }

    private static boolean isAnswer(SequenceFlow flow) {
        FlowNode source = flow.getSource();
        return (source instanceof ExclusiveGateway || source instanceof InclusiveGateway) && source.getOutgoing().size() > 1;
    }

    private static String name(BaseElement element) {
        return element.getAttributeValue("name");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
