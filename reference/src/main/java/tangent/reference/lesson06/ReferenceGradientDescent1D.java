package tangent.reference.lesson06;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** Gradient descent exactly as the text's loop: x = x - learn_rate * df(x), num_iterations times. */
public final class ReferenceGradientDescent1D implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        double[] path = trajectory(fPrime, start, rate, steps);
        double x = path[steps];
        return new double[] {x, f.applyAsDouble(x)};
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("the number of steps must be at least 0, got " + steps);
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("the rate must be positive and finite, got " + rate);
        }
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("the start must be finite, got " + start);
        }
        double[] path = new double[steps + 1];
        path[0] = start;
        for (int k = 0; k < steps; k++) {
            path[k + 1] = path[k] - rate * fPrime.applyAsDouble(path[k]);
        }
        return path;
    }
}
