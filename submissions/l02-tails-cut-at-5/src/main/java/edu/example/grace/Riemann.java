package edu.example.grace;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RiemannSum;

/** Left rectangles on numpy's arange grid. */
public class Riemann implements RiemannSum {

    static int count(double a, double b, double dx) {
        if (Double.isNaN(a) || Double.isInfinite(a) || Double.isNaN(b) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("limits must be finite");
        }
        if (!(dx > 0) || Double.isInfinite(dx)) {
            throw new IllegalArgumentException("dx must be positive");
        }
        return b <= a ? 0 : (int) Math.ceil((b - a) / dx);
    }

    @Override
    public double[] points(double a, double b, double dx) {
        double[] xs = new double[count(a, b, dx)];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = a + i * dx;
        }
        return xs;
    }

    @Override
    public double sum(DoubleUnaryOperator f, double a, double b, double dx) {
        double s = 0;
        for (double x : points(a, b, dx)) {
            s += f.applyAsDouble(x);
        }
        return s * dx;
    }

    @Override
    public double[] runningSum(DoubleUnaryOperator f, double a, double b, double dx) {
        double[] xs = points(a, b, dx);
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = (i == 0 ? 0 : ys[i - 1]) + f.applyAsDouble(xs[i]) * dx;
        }
        return ys;
    }
}
