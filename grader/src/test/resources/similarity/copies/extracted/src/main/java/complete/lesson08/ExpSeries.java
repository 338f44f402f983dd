package complete.lesson08;

import tangent.exercises.lesson08.TaylorExp;

/** T_n by Horner's scheme: 1 + x(1 + x/2(1 + x/3(...))). */
public class ExpSeries implements TaylorExp {

    private static double finite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("expected a finite number, got " + x);
        }
        return x;
    }

    @Override
    public double partialSum(double x, int n) {
        finite(x);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (n == 0) {
            return 0;
        }
        double value = 1;
        for (int i = n - 1; i >= 1; i--) {
            value = 1 + x / i * value;
        }
        return value;
    }

    @Override
    public double maxError(int n, double from, double to, int points) {
        finite(from);
        finite(to);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points");
        }
        double worst = 0;
        for (int k = 0; k < points; k++) {
            worst = Math.max(worst, errorAt(samplePoint(from, to, k, points), n));
        }
        return worst;
    }

    /** The k-th of points evenly spaced points from from to to. */
    private static double samplePoint(double from, double to, int k, int points) {
        return from + (to - from) * k / (points - 1);
    }

    private double errorAt(double x, int n) {
        return Math.abs(Math.exp(x) - partialSum(x, n));
    }

    @Override
    public double errorBound(double x, int n) {
        finite(x);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        double logFactorial = logFactorial(n);
        if (x == 0) {
            return n == 0 ? 1 : 0;
        }
        return Math.exp(Math.max(x, 0) + n * Math.log(Math.abs(x)) - logFactorial);
    }

    /** ln(n!) as a sum of logarithms. */
    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        finite(x);
        checkTermsArguments(x, tolerance);
        for (int n = 0; ; n++) {
            if (errorAt(x, n) <= tolerance) {
                return n;
            }
            if (n > 500) {
                throw new IllegalStateException("did not converge");
            }
        }
    }

    private static void checkTermsArguments(double x, double tolerance) {
        if (Math.abs(x) > 10 || !(tolerance >= 1e-9) || tolerance == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("need |x| <= 10 and tolerance >= 1e-9");
        }
    }
}
