package edu.bo.mlcalc;

import java.util.stream.IntStream;
import tangent.exercises.lesson08.TaylorExp;

/** Partial sums T_n(x) = sum over k &lt; n of x^k / k! of e^x, their errors and Lagrange's bound. */
public class ExpTaylor implements TaylorExp {

    private static final int TERM_LIMIT = 10_000;

    @Override
    public double partialSum(double x, int n) {
        Require.finite(x, "x");
        Require.atLeast(n, 0, "n");
        double sum = 0;
        double term = 1;
        for (int k = 0; k < n; k++) {
            sum += term;
            term *= x / (k + 1);
        }
        return sum;
    }

    @Override
    public double maxError(int n, double from, double to, int points) {
        Require.atLeast(n, 0, "n");
        Require.finite(from, "from");
        Require.finite(to, "to");
        Require.atLeast(points, 2, "points");
        return IntStream.range(0, points)
                .mapToDouble(k -> from + (to - from) * k / (points - 1))
                .map(x -> Math.abs(Math.exp(x) - partialSum(x, n)))
                .max()
                .orElseThrow();
    }

    @Override
    public double errorBound(double x, int n) {
        Require.finite(x, "x");
        Require.atLeast(n, 0, "n");
        return Math.exp(Math.max(x, 0)) * scaledPower(Math.abs(x), n);
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        Require.that(Double.isFinite(x) && Math.abs(x) <= 10, "x must satisfy |x| <= 10, was " + x);
        Require.that(Double.isFinite(tolerance) && tolerance >= 1e-9, "tolerance must be at least 1e-9, was " + tolerance);
        double exact = Math.exp(x);
        double sum = 0;
        double term = 1;
        for (int n = 0; n < TERM_LIMIT; n++) {
            if (Math.abs(exact - sum) <= tolerance) {
                return n;
            }
            sum += term;
            term *= x / (n + 1);
        }
        throw new IllegalStateException("no partial sum within " + tolerance + " of e^" + x);
    }

    /** x^k / k!, as a product of k factors x / i so that neither x^k nor k! overflows on its own. */
    private static double scaledPower(double x, int k) {
        return IntStream.rangeClosed(1, k).mapToDouble(i -> x / i).reduce(1, (a, b) -> a * b);
    }
}
