package hw.week6;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.GradientDescent1D;

/** x_(k+1) = x_k - rate f'(x_k). */
public final class SimpleDescent implements GradientDescent1D {

    @Override
    public double[] descend(DoubleUnaryOperator func, DoubleUnaryOperator deriv, double x0, double lr, int iterations) {
        double[] path = trajectory(deriv, x0, lr, iterations);
        double last = path[iterations];
        return new double[] {last, func.applyAsDouble(last)};
    }

    @Override
    public double[] trajectory(DoubleUnaryOperator deriv, double x0, double lr, int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("steps must be >= 0");
        }
        if (!(lr > 0 && lr < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("rate must be positive and finite");
        }
        if (!Double.isFinite(x0)) {
            throw new IllegalArgumentException("start must be finite");
        }
        double[] path = new double[iterations + 1];
        path[0] = x0;
        for (int step = 1; step <= iterations; step++) {
            path[step] = path[step - 1] - lr * deriv.applyAsDouble(path[step - 1]);
        }
        return path;
    }
}
