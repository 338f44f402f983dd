package edu.example.grace;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** The text's gradient_descent, with the whole path kept. */
public class Descent implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        double[] path = trajectory(fPrime, start, rate, steps);
        double x = path[path.length - 1];
        return new double[] {x, f.applyAsDouble(x)};
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        if (steps < 0 || !(rate > 0) || Double.isInfinite(rate) || Double.isNaN(start) || Double.isInfinite(start)) {
            throw new IllegalArgumentException("bad arguments");
        }
        double[] path = new double[steps + 1];
        double x = start;
        path[0] = x;
        for (int i = 1; i <= steps; i++) {
            double grad = fPrime.applyAsDouble(x);
            x = x - rate * grad;
            path[i] = x;
        }
        return path;
    }
}
