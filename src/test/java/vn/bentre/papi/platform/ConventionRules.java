package vn.bentre.papi.platform;

import static vn.bentre.papi.platform.Violations.describe;

import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Conventions for what goes to {@code processes/}: the diagram is set to Camunda Platform 7.24
 * (Modeler lints only diagrams that name their engine, with that engine's rules); every
 * executable process has {@code camunda:historyTimeToLive} and {@code camunda:versionTag};
 * every user task shows a Camunda Form that exists in {@code forms/}, linked by
 * {@code camunda:formRef} with a binding or by a {@code camunda-forms:} form key.
 */
final class ConventionRules implements DiagramRule {

    private static final String MODELER_NAMESPACE = "http://camunda.org/schema/modeler/1.0";
    private static final String PLATFORM = "Camunda Platform";
    private static final String PLATFORM_VERSION = "7.24.";
    private static final String CAMUNDA_FORMS = "camunda-forms:";
    private static final String DEPLOYED_FORM = "camunda-forms:deployment:";
    private static final Set<String> BINDINGS = Set.of("deployment", "latest", "version");

    private final FormCatalogue forms;

    ConventionRules(FormCatalogue forms) {
        this.forms = forms;
    }

    @Override
    public void check(BpmnModelInstance model, Violations violations) {
        checkPlatform(model.getDefinitions(), violations);
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                violations.add(process.getId(), "history-time-to-live", "process " + describe(process)
                    + " has no History time to live (camunda:historyTimeToLive): set it, e.g. P180D");
            }
            if (isBlank(process.getCamundaVersionTag())) {
                violations.add(process.getId(), "version-tag", "process " + describe(process)
                    + " has no Version tag (camunda:versionTag): set it, e.g. 1.0.0, and raise it with every change");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkForm(task, violations);
        }
    }

    private void checkPlatform(Definitions definitions, Violations violations) {
        DomElement dom = definitions.getDomElement();
        String platform = dom.getAttribute(MODELER_NAMESPACE, "executionPlatform");
        String version = dom.getAttribute(MODELER_NAMESPACE, "executionPlatformVersion");
        if (!PLATFORM.equals(platform) || version == null || !(version + ".").startsWith(PLATFORM_VERSION)) {
            String found = platform == null ? "names no engine" : "is set to " + platform + " " + version;
            violations.add(definitions.getId(), "execution-platform", "the diagram " + found
                + ", not Camunda Platform 7.24: choose Camunda Platform 7.24 in Modeler's status bar, so that Modeler lints it with the engine's rules");
        }
    }

    private void checkForm(UserTask task, Violations violations) {
        String formRef = task.getCamundaFormRef();
        String formKey = task.getCamundaFormKey();
        if (!isBlank(formRef)) {
            String binding = task.getCamundaFormRefBinding();
            if (!BINDINGS.contains(String.valueOf(binding))
                    || "version".equals(binding) && isBlank(task.getCamundaFormRefVersion())) {
                String found = binding == null ? "without a binding" : "with binding '" + binding + "'";
                violations.add(task.getId(), "form-binding", "user task " + describe(task) + " links form '" + formRef
                    + "' " + found + ": set Binding to 'deployment' (or 'latest', or 'version' with a version)");
            }
            if (!isExpression(formRef) && !forms.hasId(formRef)) {
                violations.add(task.getId(), "form-unknown", "user task " + describe(task) + " links form id '" + formRef
                    + "', but no forms/*.form has that id");
            }
        } else if (!isBlank(formKey) && formKey.startsWith(CAMUNDA_FORMS)) {
            String resource = formKey.startsWith(DEPLOYED_FORM) ? formKey.substring(DEPLOYED_FORM.length()) : null;
            if (resource != null && !isExpression(resource) && !forms.hasResource(resource)) {
                violations.add(task.getId(), "form-unknown", "user task " + describe(task) + " has form key '" + formKey
                    + "', but there is no " + resource);
            }
        } else {
            String found = isBlank(formKey) ? "has no form" : "has form key '" + formKey + "', which is no Camunda Form";
            violations.add(task.getId(), "form-missing", "user task " + describe(task) + " " + found
                + ": choose Form type 'Camunda Forms (linked)', the Form ID from forms/ and Binding 'deployment'");
        }
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
