package edu.example.grace;

import tangent.exercises.lesson07.PointLineDistance;

/** |a x0 + b y0 + c| / sqrt(a^2 + b^2). */
public class Distance implements PointLineDistance {

    @Override
    public double distance(double a, double b, double c, double x0, double y0) {
        return Math.abs(signedDistance(a, b, c, x0, y0));
    }

    @Override
    public double signedDistance(double a, double b, double c, double x0, double y0) {
        if (a == 0 && b == 0) {
            throw new IllegalArgumentException("a and b are both 0: not a line");
        }
        double value = (a * x0 + b * y0 + c) / Math.sqrt(a * a + b * b);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not finite");
        }
        return value;
    }

    @Override
    public double margin(double a, double b, double c, double[][] points) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("no points");
        }
        double min = Double.MAX_VALUE;
        for (double[] p : points) {
            min = Math.min(min, distance(a, b, c, p[0], p[1]));
        }
        return min;
    }
}
