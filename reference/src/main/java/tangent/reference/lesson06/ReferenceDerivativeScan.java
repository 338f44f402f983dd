package tangent.reference.lesson06;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import tangent.cas.Cas;
import tangent.exercises.lesson06.DerivativeScan;

/**
 * The scan as the task defines it (grid, exact zeros, strict sign changes); each bracket is
 * refined by Commons Math's Brent solver. log's derivative comes from symja.
 */
public final class ReferenceDerivativeScan implements DerivativeScan {

    /** Brent's absolute accuracy: far inside the 1e-10 the task asks for. */
    private static final double ACCURACY = 1e-13;

    @Override
    public String logDerivative() {
        return Cas.derivative("Log(x)", "x");
    }

    @Override
    public double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n) {
        double[] xs = grid(from, to, n);
        double[] values = Arrays.stream(xs).map(fPrime).toArray();
        BrentSolver brent = new BrentSolver(ACCURACY);
        DoubleStream.Builder found = DoubleStream.builder();
        for (int i = 0; i <= n; i++) {
            if (values[i] == 0) {
                found.add(xs[i]);
            } else if (i < n && values[i] * values[i + 1] < 0) {
                found.add(brent.solve(1000, fPrime::applyAsDouble, xs[i], xs[i + 1]));
            }
        }
        return found.build().toArray();
    }

    @Override
    public boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n) {
        double[] values = Arrays.stream(grid(from, to, n)).map(fPrime).toArray();
        return Arrays.stream(values).anyMatch(v -> v > 0) && Arrays.stream(values).anyMatch(v -> v < 0);
    }

    /** The n + 1 grid points from {@code from} to {@code to}. */
    static double[] grid(double from, double to, int n) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("need finite from < to, got [" + from + ", " + to + "]");
        }
        if (n < 1) {
            throw new IllegalArgumentException("need at least 1 subinterval, got " + n);
        }
        double[] xs = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            xs[i] = from + (to - from) * i / n;
        }
        return xs;
    }
}
