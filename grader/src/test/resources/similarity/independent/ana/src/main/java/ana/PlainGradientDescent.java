package ana;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** Gradient descent with a fixed learning rate: x_(k+1) = x_k - rate f'(x_k). */
public class PlainGradientDescent implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        if (f == null) {
            throw new IllegalArgumentException("f is null");
        }
        double[] path = trajectory(fPrime, start, rate, steps);
        double xEnd = path[steps];
        return new double[] {xEnd, f.applyAsDouble(xEnd)};
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        if (fPrime == null) {
            throw new IllegalArgumentException("f' is null");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        if (!Double.isFinite(rate) || rate <= 0) {
            throw new IllegalArgumentException("rate must be positive and finite, got " + rate);
        }
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("start must be finite, got " + start);
        }
        double[] xs = new double[steps + 1];
        xs[0] = start;
        for (int k = 0; k < steps; k++) {
            // step downhill, against the slope
            xs[k + 1] = xs[k] - rate * fPrime.applyAsDouble(xs[k]);
        }
        return xs;
    }
}
