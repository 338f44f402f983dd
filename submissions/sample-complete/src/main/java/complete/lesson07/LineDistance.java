package complete.lesson07;

import tangent.exercises.lesson07.PointLineDistance;

/** Distances to a x + b y + c = 0, normalised by hypot(a, b). */
public final class LineDistance implements PointLineDistance {

    @Override
    public double distance(double a, double b, double c, double x0, double y0) {
        return Math.abs(signedDistance(a, b, c, x0, y0));
    }

    @Override
    public double signedDistance(double a, double b, double c, double x0, double y0) {
        double norm = normal(a, b, c);
        if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
            throw new IllegalArgumentException("the point must be finite");
        }
        return (a * x0 + b * y0 + c) / norm;
    }

    @Override
    public double margin(double a, double b, double c, double[][] points) {
        normal(a, b, c);
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("the margin of no points is undefined");
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (double[] point : points) {
            smallest = Math.min(smallest, distance(a, b, c, point[0], point[1]));
        }
        return smallest;
    }

    private static double normal(double a, double b, double c) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("a, b, c must be finite");
        }
        double norm = Math.hypot(a, b);
        if (norm == 0) {
            throw new IllegalArgumentException("a = b = 0 is not a line");
        }
        return norm;
    }
}
