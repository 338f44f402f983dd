package tangent.reference.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RunningSumShift;

/** Offsets between the running sum and a candidate antiderivative, their mean, and the stated test. */
public final class ReferenceRunningSumShift implements RunningSumShift {

    @Override
    public double[] offsets(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] xs = Grid.points(a, b, dx);
        if (xs.length == 0) {
            throw new IllegalArgumentException("no points: b = " + b + " is not above a = " + a);
        }
        double[] sums = Grid.runningSum(f, a, b, dx);
        double[] d = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            d[i] = sums[i] - F.applyAsDouble(xs[i]);
        }
        return d;
    }

    @Override
    public double shift(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] d = offsets(f, F, a, b, dx);
        double total = 0;
        for (double v : d) {
            total += v;
        }
        return total / d.length;
    }

    @Override
    public boolean differsByConstant(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        return largestDeviation(f, F, a, b, dx) <= tolerance(f, F, a, b, dx);
    }

    /** max_i |d_i - shift|. */
    public double largestDeviation(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] d = offsets(f, F, a, b, dx);
        double mean = shift(f, F, a, b, dx);
        double largest = 0;
        for (double v : d) {
            largest = Math.max(largest, Math.abs(v - mean));
        }
        return largest;
    }

    /** T = dx ((b - a) M + R) + 1e-9 (1 + max |F(x_i)|), as the task states it. */
    public double tolerance(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] xs = Grid.points(a, b, dx);
        double steepest = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double largestF = 0;
        for (double x : xs) {
            double fx = f.applyAsDouble(x);
            steepest = Math.max(steepest, Math.abs(f.applyAsDouble(x + dx) - fx) / dx);
            lowest = Math.min(lowest, fx);
            highest = Math.max(highest, fx);
            largestF = Math.max(largestF, Math.abs(F.applyAsDouble(x)));
        }
        return dx * ((b - a) * steepest + (highest - lowest)) + 1e-9 * (1 + largestF);
    }
}
