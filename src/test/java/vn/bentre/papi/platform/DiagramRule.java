package vn.bentre.papi.platform;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** A house rule that bpmnlint does not check, applied to one diagram read with the Camunda model API. */
interface DiagramRule {

    void check(BpmnModelInstance model, Violations violations);
}
