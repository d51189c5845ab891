package vn.bentre.papi.platform;

import static vn.bentre.papi.platform.Violations.describe;
import static vn.bentre.papi.platform.Violations.type;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * Every flow node is drawn (BPMNShape), every sequence flow too (BPMNEdge), and no two shapes
 * overlap. Overlapping by design: a boundary event and its host, a shape and the sub-process
 * it belongs to, a shape and the pool or lane that holds it whole (a boundary event may stick
 * out of its lane with its host's border).
 */
final class ShapeRules implements DiagramRule {

    @Override
    public void check(BpmnModelInstance model, Violations violations) {
        checkEverythingIsDrawn(model, violations);
        for (DiagramPlanes.Plane plane : DiagramPlanes.of(model)) {
            checkOverlaps(plane.shapes(), violations);
        }
    }

    private void checkEverythingIsDrawn(BpmnModelInstance model, Violations violations) {
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).stream()
            .filter(shape -> shape.getBpmnElement() != null)
            .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2) {
                drawn.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                violations.add(node.getId(), "missing-shape", type(node) + " " + describe(node)
                    + " is not drawn (no BPMNShape), so Modeler does not show it: delete it from the XML or draw it again");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                violations.add(flow.getId(), "missing-edge", "sequence flow " + describe(flow)
                    + " is not drawn (no BPMNEdge with waypoints), so Modeler does not show it: connect the two shapes again in Modeler");
            }
        }
    }

    private void checkOverlaps(List<DiagramPlanes.Shape> shapes, Violations violations) {
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                DiagramPlanes.Shape a = shapes.get(i);
                DiagramPlanes.Shape b = shapes.get(j);
                if (DiagramGeometry.overlap(a.bounds(), b.bounds()) && !overlapByDesign(a, b) && !overlapByDesign(b, a)) {
                    violations.add(a.element().getId(), "overlap", type(a.element()) + " " + describe(a.element())
                        + " overlaps " + type(b.element()) + " " + describe(b.element()) + ": move them apart");
                }
            }
        }
    }

    private static boolean overlapByDesign(DiagramPlanes.Shape outer, DiagramPlanes.Shape inner) {
        if (inner.element() instanceof BoundaryEvent boundary
                && (outer.element().equals(boundary.getAttachedTo()) || isPoolOrLane(outer))) {
            return true;
        }
        if (outer.element() instanceof SubProcess subProcess && DiagramPlanes.isInside(inner.element(), subProcess)) {
            return true;
        }
        return isPoolOrLane(outer) && DiagramGeometry.contains(outer.bounds(), inner.bounds());
    }

    private static boolean isPoolOrLane(DiagramPlanes.Shape shape) {
        return shape.element() instanceof Participant || shape.element() instanceof Lane;
    }
}
