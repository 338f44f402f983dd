package edu.example.grace;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** Gradient descent whose loop runs from 0 to steps inclusive: one step too many. */
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
        double[] path = new double[steps + 2];
        double x = start;
        path[0] = x;
        for (int i = 0; i <= steps; i++) { // one step too many: 0..steps inclusive
            double grad = fPrime.applyAsDouble(x);
            x = x - rate * grad;
            path[i + 1] = x;
        }
        return path;
    }
}
