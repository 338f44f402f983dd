package ana.conv;

import tangent.exercises.lesson08.TaylorExp;

/** Partial sums 1 + x + x^2/2! + ... of e^x, their error, and the Lagrange bound on it. */
public class ExpTaylor implements TaylorExp {

    /** Far more terms than |x| <= 10 ever needs for a tolerance of 1e-9. */
    private static final int MAX_TERMS = 1000;

    @Override
    public double partialSum(double x, int n) {
        requireFinite(x, "x");
        requireTerms(n);
        double sum = 0;
        double term = 1; // x^k / k!, starting at k = 0
        for (int k = 0; k < n; k++) {
            sum += term;
            term = term * x / (k + 1);
            if (term == 0 || !Double.isFinite(sum)) {
                break; // later terms add nothing (or the sum has blown up already)
            }
        }
        return sum;
    }

    @Override
    public double maxError(int n, double from, double to, int points) {
        requireTerms(n);
        requireFinite(from, "from");
        requireFinite(to, "to");
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points, got " + points);
        }
        double worst = 0;
        for (int k = 0; k < points; k++) {
            // like np.linspace: both ends included
            double x = k == points - 1 ? to : from + (to - from) * k / (points - 1);
            worst = Math.max(worst, Math.abs(Math.exp(x) - partialSum(x, n)));
        }
        return worst;
    }

    @Override
    public double errorBound(double x, int n) {
        requireFinite(x, "x");
        requireTerms(n);
        // |x|^n / n! built up as a product of |x| / k, so neither part overflows on its own
        double ratio = 1;
        double ax = Math.abs(x);
        for (int k = 1; k <= n; k++) {
            ratio *= ax / k;
            if (ratio == 0 || Double.isInfinite(ratio)) {
                break;
            }
        }
        return Math.exp(Math.max(x, 0)) * ratio;
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        requireFinite(x, "x");
        requireFinite(tolerance, "tolerance");
        if (Math.abs(x) > 10) {
            throw new IllegalArgumentException("|x| must be at most 10, got " + x);
        }
        if (tolerance < 1e-9) {
            throw new IllegalArgumentException("tolerance must be at least 1e-9, got " + tolerance);
        }
        double target = Math.exp(x);
        // same accumulation as partialSum, one term at a time: sum is T_n
        double sum = 0;
        double term = 1;
        for (int n = 0; n <= MAX_TERMS; n++) {
            if (Math.abs(target - sum) <= tolerance) {
                return n;
            }
            sum += term;
            term = term * x / (n + 1);
        }
        throw new IllegalStateException("no partial sum within " + tolerance + " of e^" + x);
    }

    private static void requireFinite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }

    private static void requireTerms(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of terms must be >= 0, got " + n);
        }
    }
}
