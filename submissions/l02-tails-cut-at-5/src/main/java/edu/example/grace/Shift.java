package edu.example.grace;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.RunningSumShift;

/** Running sum minus F, its mean, and the test against T. */
public class Shift implements RunningSumShift {

    private final Riemann riemann = new Riemann();

    @Override
    public double[] offsets(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] xs = riemann.points(a, b, dx);
        if (xs.length == 0) {
            throw new IllegalArgumentException("need b > a");
        }
        double[] s = riemann.runningSum(f, a, b, dx);
        for (int i = 0; i < s.length; i++) {
            s[i] -= F.applyAsDouble(xs[i]);
        }
        return s;
    }

    @Override
    public double shift(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] d = offsets(f, F, a, b, dx);
        double mean = 0;
        for (int i = 0; i < d.length; i++) {
            mean += (d[i] - mean) / (i + 1);
        }
        return mean;
    }

    @Override
    public boolean differsByConstant(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx) {
        double[] d = offsets(f, F, a, b, dx);
        double c = shift(f, F, a, b, dx);
        double[] xs = riemann.points(a, b, dx);
        double m = 0;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double bigF = 0;
        for (double x : xs) {
            double fx = f.applyAsDouble(x);
            m = Math.max(m, Math.abs(f.applyAsDouble(x + dx) - fx) / dx);
            lo = Math.min(lo, fx);
            hi = Math.max(hi, fx);
            bigF = Math.max(bigF, Math.abs(F.applyAsDouble(x)));
        }
        double t = dx * ((b - a) * m + (hi - lo)) + 1e-9 * (1 + bigF);
        for (double v : d) {
            if (Math.abs(v - c) > t) {
                return false;
            }
        }
        return true;
    }
}
