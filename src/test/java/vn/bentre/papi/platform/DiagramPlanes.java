package vn.bentre.papi.platform;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The drawn shapes and edges of a diagram, plane by plane (Modeler draws the content of a
 * collapsed sub-process on a plane of its own, so only shapes of one plane can overlap).
 * Labels are part of their shape or edge, not shapes; groups are frames drawn around other
 * shapes and left out.
 */
final class DiagramPlanes {

    record Shape(BaseElement element, Rectangle2D bounds) {
    }

    record Edge(BaseElement element, List<Line2D> segments) {
    }

    record Plane(List<Shape> shapes, List<Edge> edges) {
    }

    private DiagramPlanes() {
    }

    static List<Plane> of(BpmnModelInstance model) {
        List<Plane> planes = new ArrayList<>();
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            List<Shape> shapes = new ArrayList<>();
            List<Edge> edges = new ArrayList<>();
            for (DiagramElement drawn : plane.getDiagramElements()) {
                if (drawn instanceof BpmnShape shape && shape.getBpmnElement() != null && shape.getBounds() != null
                        && !(shape.getBpmnElement() instanceof Group)) {
                    shapes.add(new Shape(shape.getBpmnElement(), rectangle(shape.getBounds())));
                } else if (drawn instanceof BpmnEdge edge && edge.getBpmnElement() != null) {
                    edges.add(new Edge(edge.getBpmnElement(), segments(edge)));
                }
            }
            planes.add(new Plane(shapes, edges));
        }
        return planes;
    }

    /** Whether the element lies (at any depth) inside the sub-process. */
    static boolean isInside(ModelElementInstance element, SubProcess subProcess) {
        for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent.equals(subProcess)) {
                return true;
            }
        }
        return false;
    }

    private static Rectangle2D rectangle(Bounds bounds) {
        return new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    private static List<Line2D> segments(BpmnEdge edge) {
        List<Waypoint> points = List.copyOf(edge.getWaypoints());
        List<Line2D> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Waypoint from = points.get(i - 1);
            Waypoint to = points.get(i);
            segments.add(new Line2D.Double(from.getX(), from.getY(), to.getX(), to.getY()));
        }
        return segments;
    }
}
