package vn.bentre.papi.platform;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/** The plane geometry the layout rules need, in diagram coordinates (pixels). */
final class DiagramGeometry {

    /** Flows dock on a shape's border; rounding puts their end points up to a pixel or two inside. */
    private static final double DOCKING_TOLERANCE = 2;
    private static final double SAME_POINT = 1;
    /** Modeler leaves adjacent lanes overlapping by a pixel now and then. */
    private static final double ROUNDING = 2;

    private DiagramGeometry() {
    }

    /** Whether two shapes cover a common area (touching borders, or a pixel or two of rounding, do not count). */
    static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D common = a.createIntersection(b);
        return common.getWidth() > ROUNDING && common.getHeight() > ROUNDING;
    }

    static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return outer.contains(inner);
    }

    /** Whether a segment runs through the inside of a shape rather than ending on its border. */
    static boolean passesThrough(Line2D segment, Rectangle2D shape) {
        Rectangle2D inside = new Rectangle2D.Double(shape.getX() + DOCKING_TOLERANCE, shape.getY() + DOCKING_TOLERANCE,
            shape.getWidth() - 2 * DOCKING_TOLERANCE, shape.getHeight() - 2 * DOCKING_TOLERANCE);
        return !inside.isEmpty() && inside.intersectsLine(segment);
    }

    /** Segments sharing an end point (flows leaving one gateway, or merging before one target) do not cross. */
    static boolean shareEndPoint(Line2D a, Line2D b) {
        for (Point2D p : List.of(a.getP1(), a.getP2())) {
            for (Point2D q : List.of(b.getP1(), b.getP2())) {
                if (p.distance(q) < SAME_POINT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Any common point: an X crossing, a T (one ends on the other) or running along each other. */
    static boolean touch(Line2D a, Line2D b) {
        return a.intersectsLine(b);
    }

    /** An X crossing: each segment has the ends of the other strictly on its two sides. */
    static boolean cross(Line2D a, Line2D b) {
        return side(a, b.getP1()) * side(a, b.getP2()) < 0 && side(b, a.getP1()) * side(b, a.getP2()) < 0;
    }

    /** Where two touching segments meet (for running along each other: one of the shared points). */
    static Point2D meetingPoint(Line2D a, Line2D b) {
        double denominator = (a.getX1() - a.getX2()) * (b.getY1() - b.getY2()) - (a.getY1() - a.getY2()) * (b.getX1() - b.getX2());
        if (denominator == 0) {
            for (Point2D p : List.of(a.getP1(), a.getP2())) {
                if (b.ptSegDist(p) < SAME_POINT) {
                    return p;
                }
            }
            return b.getP1();
        }
        double t = ((a.getX1() - b.getX1()) * (b.getY1() - b.getY2()) - (a.getY1() - b.getY1()) * (b.getX1() - b.getX2())) / denominator;
        return new Point2D.Double(a.getX1() + t * (a.getX2() - a.getX1()), a.getY1() + t * (a.getY2() - a.getY1()));
    }

    static String format(Point2D point) {
        return String.format(Locale.ROOT, "(%.0f, %.0f)", point.getX(), point.getY());
    }

    private static int side(Line2D line, Point2D point) {
        double cross = (line.getX2() - line.getX1()) * (point.getY() - line.getY1())
            - (line.getY2() - line.getY1()) * (point.getX() - line.getX1());
        return Math.abs(cross) < 1e-9 ? 0 : (cross > 0 ? 1 : -1);
    }
}
