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

    private static int terms(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return n;
    }

    @Override
    public double partialSum(double x, int n) {
        finite(x);
        if (terms(n) == 0) {
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
        terms(n);
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points");
        }
        double worst = 0;
        for (int k = 0; k < points; k++) {
            double x = from + (to - from) * k / (points - 1);
            worst = Math.max(worst, Math.abs(Math.exp(x) - partialSum(x, n)));
        }
        return worst;
    }

    @Override
    public double errorBound(double x, int n) {
        finite(x);
        terms(n);
        double logFactorial = 0;
        for (int i = 2; i <= n; i++) {
            logFactorial += Math.log(i);
        }
        if (x == 0) {
            return n == 0 ? 1 : 0;
        }
        return Math.exp(Math.max(x, 0) + n * Math.log(Math.abs(x)) - logFactorial);
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        finite(x);
        if (Math.abs(x) > 10 || !(tolerance >= 1e-9) || tolerance == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("need |x| <= 10 and tolerance >= 1e-9");
        }
        double e = Math.exp(x);
        for (int n = 0; ; n++) {
            if (Math.abs(e - partialSum(x, n)) <= tolerance) {
                return n;
            }
            if (n > 500) {
                throw new IllegalStateException("did not converge");
            }
        }
    }
}
