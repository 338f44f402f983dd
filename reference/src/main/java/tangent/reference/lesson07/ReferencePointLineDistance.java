package tangent.reference.lesson07;

import org.apache.commons.math3.util.FastMath;
import tangent.exercises.lesson07.PointLineDistance;

/**
 * The distance formula as the task states it, with sqrt(a^2 + b^2) from FastMath.hypot (no
 * overflow for large coefficients). The reference test checks it against Commons Math's own
 * {@code Line.getOffset}.
 */
public final class ReferencePointLineDistance implements PointLineDistance {

    @Override
    public double distance(double a, double b, double c, double x0, double y0) {
        return FastMath.abs(signedDistance(a, b, c, x0, y0));
    }

    @Override
    public double signedDistance(double a, double b, double c, double x0, double y0) {
        requireLine(a, b, c);
        if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
            throw new IllegalArgumentException("the point must be finite, got (" + x0 + ", " + y0 + ")");
        }
        return (a * x0 + b * y0 + c) / FastMath.hypot(a, b);
    }

    @Override
    public double margin(double a, double b, double c, double[][] points) {
        requireLine(a, b, c);
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("the margin needs at least one point");
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (double[] p : points) {
            if (p == null || p.length != 2) {
                throw new IllegalArgumentException("every point must be {x, y}");
            }
            smallest = FastMath.min(smallest, distance(a, b, c, p[0], p[1]));
        }
        return smallest;
    }

    private static void requireLine(double a, double b, double c) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("a, b and c must be finite");
        }
        if (a == 0 && b == 0) {
            throw new IllegalArgumentException("a = b = 0 is not a line");
        }
    }
}
