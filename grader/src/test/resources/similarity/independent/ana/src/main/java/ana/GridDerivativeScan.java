package ana;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.DerivativeScan;

/**
 * Looks for zeros of f' on an even grid: exact zeros at grid points, and sign changes between
 * neighbouring grid points, refined by bisection.
 */
public class GridDerivativeScan implements DerivativeScan {

    private static final double ROOT_TOLERANCE = 1e-10;

    @Override
    public String logDerivative() {
        // d/dx ln x = 1/x, which is never zero
        return "1/x";
    }

    @Override
    public double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n) {
        double[] xs = grid(fPrime, from, to, n);
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = fPrime.applyAsDouble(xs[i]);
        }
        List<Double> found = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            if (ys[i] == 0) {
                found.add(xs[i]);
            }
            if (i < n && ((ys[i] < 0 && ys[i + 1] > 0) || (ys[i] > 0 && ys[i + 1] < 0))) {
                found.add(bisect(fPrime, xs[i], xs[i + 1], ys[i]));
            }
        }
        double[] result = new double[found.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = found.get(i);
        }
        return result;
    }

    @Override
    public boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n) {
        double[] xs = grid(fPrime, from, to, n);
        boolean positive = false;
        boolean negative = false;
        for (double x : xs) {
            double y = fPrime.applyAsDouble(x);
            if (y > 0) {
                positive = true;
            } else if (y < 0) {
                negative = true;
            }
        }
        return positive && negative;
    }

    /** The grid points x_i = from + i (to - from) / n, i = 0..n, after checking the arguments. */
    private static double[] grid(DoubleUnaryOperator fPrime, double from, double to, int n) {
        if (fPrime == null) {
            throw new IllegalArgumentException("f' is null");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("need finite from < to, got [" + from + ", " + to + "]");
        }
        if (n < 1) {
            throw new IllegalArgumentException("need at least one subinterval, got n = " + n);
        }
        double width = to - from;
        double[] xs = new double[n + 1];
        for (int i = 0; i < n; i++) {
            xs[i] = from + i * width / n;
        }
        xs[n] = to; // the right end exactly
        return xs;
    }

    /** Bisection on [lo, hi], where f' has the sign of fLo at lo and the opposite sign at hi. */
    private static double bisect(DoubleUnaryOperator fPrime, double lo, double hi, double fLo) {
        boolean loNegative = fLo < 0;
        for (int iter = 0; iter < 200 && hi - lo > ROOT_TOLERANCE; iter++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break; // no double left between lo and hi
            }
            double fm = fPrime.applyAsDouble(mid);
            if (fm == 0) {
                return mid;
            }
            if ((fm < 0) == loNegative) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }
}
