package complete.lesson06;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** x_(k+1) = x_k - rate f'(x_k). */
public final class PlainGradientDescent implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        double end = trajectory(fPrime, start, rate, steps)[steps];
        return new double[] {end, f.applyAsDouble(end)};
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps) {
        checkArguments(start, rate, steps);
        double[] xs = new double[steps + 1];
        xs[0] = start;
        for (int k = 1; k <= steps; k++) {
            xs[k] = step(fPrime, xs[k - 1], rate);
        }
        return xs;
    }

    private static void checkArguments(double start, double rate, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0");
        }
        if (!(rate > 0 && rate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("rate must be positive and finite");
        }
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("start must be finite");
        }
    }

    private static double step(DoubleUnaryOperator fPrime, double x, double rate) {
        return x - rate * fPrime.applyAsDouble(x);
    }
}
