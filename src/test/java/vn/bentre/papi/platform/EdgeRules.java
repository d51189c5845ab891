package vn.bentre.papi.platform;

import static vn.bentre.papi.platform.Violations.describe;
import static vn.bentre.papi.platform.Violations.type;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * No two sequence flows cross, and no sequence or message flow runs through a shape other
 * than its source and target (pools and lanes are backgrounds; a sub-process is one only
 * for the flows inside it). Segments sharing an end point never count; flows with the same
 * source or target may also meet and run along each other, but not cross in an X.
 */
final class EdgeRules implements DiagramRule {

    @Override
    public void check(BpmnModelInstance model, Violations violations) {
        for (DiagramPlanes.Plane plane : DiagramPlanes.of(model)) {
            List<DiagramPlanes.Edge> sequenceFlows = plane.edges().stream()
                .filter(edge -> edge.element() instanceof SequenceFlow).toList();
            for (int i = 0; i < sequenceFlows.size(); i++) {
                for (int j = i + 1; j < sequenceFlows.size(); j++) {
                    DiagramPlanes.Edge a = sequenceFlows.get(i);
                    DiagramPlanes.Edge b = sequenceFlows.get(j);
                    crossing(a, b).ifPresent(point -> violations.add(a.element().getId(), "crossing",
                        "sequence flow " + describe(a.element()) + " crosses sequence flow " + describe(b.element())
                            + " at " + DiagramGeometry.format(point) + ": move a bend point or a shape so they do not cross"));
                }
            }
            for (DiagramPlanes.Edge edge : plane.edges()) {
                checkPassesThroughShapes(edge, plane.shapes(), violations);
            }
        }
    }

    private static Optional<Point2D> crossing(DiagramPlanes.Edge a, DiagramPlanes.Edge b) {
        List<ModelElementInstance> endsOfA = ends(a.element());
        List<ModelElementInstance> endsOfB = ends(b.element());
        boolean related = Objects.equals(endsOfA.get(0), endsOfB.get(0)) || Objects.equals(endsOfA.get(1), endsOfB.get(1));
        for (Line2D s : a.segments()) {
            for (Line2D t : b.segments()) {
                if (!DiagramGeometry.shareEndPoint(s, t) && DiagramGeometry.touch(s, t)
                        && (!related || DiagramGeometry.cross(s, t))) {
                    return Optional.of(DiagramGeometry.meetingPoint(s, t));
                }
            }
        }
        return Optional.empty();
    }

    private static void checkPassesThroughShapes(DiagramPlanes.Edge edge, List<DiagramPlanes.Shape> shapes, Violations violations) {
        List<ModelElementInstance> ends = ends(edge.element());
        if (ends.isEmpty()) {
            return;
        }
        for (DiagramPlanes.Shape shape : shapes) {
            if (!isBackground(shape.element(), ends)
                    && edge.segments().stream().anyMatch(segment -> DiagramGeometry.passesThrough(segment, shape.bounds()))) {
                violations.add(edge.element().getId(), "edge-through-shape", type(edge.element()) + " " + describe(edge.element())
                    + " runs through " + type(shape.element()) + " " + describe(shape.element())
                    + ", which is neither its source nor its target: route it around the shape");
            }
        }
    }

    private static boolean isBackground(BaseElement shape, List<ModelElementInstance> ends) {
        if (shape instanceof Participant || shape instanceof Lane || ends.contains(shape)) {
            return true;
        }
        return shape instanceof SubProcess subProcess
            && ends.stream().anyMatch(end -> end != null && DiagramPlanes.isInside(end, subProcess));
    }

    /** Source and target of a sequence or message flow; empty for other edges (associations). */
    private static List<ModelElementInstance> ends(BaseElement edge) {
        if (edge instanceof SequenceFlow flow) {
            return Arrays.asList(flow.getSource(), flow.getTarget());
        }
        if (edge instanceof MessageFlow flow) {
            return Arrays.asList(flow.getSource(), flow.getTarget());
        }
        return List.of();
    }
}
