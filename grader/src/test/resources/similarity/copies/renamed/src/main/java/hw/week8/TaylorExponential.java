package hw.week8;

import tangent.exercises.lesson08.TaylorExp;

/** T_n by Horner's scheme: 1 + x(1 + x/2(1 + x/3(...))). */
public class TaylorExponential implements TaylorExp {

    private static double requireFinite(double val) {
        if (!Double.isFinite(val)) {
            throw new IllegalArgumentException("expected a finite number, got " + val);
        }
        return val;
    }

    private static int requireOrder(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + order);
        }
        return order;
    }

    @Override
    public double partialSum(double arg, int order) {
        requireFinite(arg);
        if (requireOrder(order) == 0) {
            return 0;
        }
        double acc = 1;
        for (int term = order - 1; term >= 1; term--) {
            acc = 1 + arg / term * acc;
        }
        return acc;
    }

    @Override
    public double maxError(int order, double lower, double upper, int samples) {
        requireFinite(lower);
        requireFinite(upper);
        requireOrder(order);
        if (samples < 2) {
            throw new IllegalArgumentException("need at least 2 points");
        }
        double largest = 0;
        for (int idx = 0; idx < samples; idx++) {
            double arg = lower + (upper - lower) * idx / (samples - 1);
            largest = Math.max(largest, Math.abs(Math.exp(arg) - partialSum(arg, order)));
        }
        return largest;
    }

    @Override
    public double errorBound(double arg, int order) {
        requireFinite(arg);
        requireOrder(order);
        double lnFact = 0;
        for (int factor = 2; factor <= order; factor++) {
            lnFact += Math.log(factor);
        }
        if (arg == 0) {
            return order == 0 ? 1 : 0;
        }
        return Math.exp(Math.max(arg, 0) + order * Math.log(Math.abs(arg)) - lnFact);
    }

    @Override
    public int termsNeeded(double arg, double tol) {
        requireFinite(arg);
        if (Math.abs(arg) > 10 || !(tol >= 1e-9) || tol == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("need |x| <= 10 and tolerance >= 1e-9");
        }
        double exact = Math.exp(arg);
        for (int order = 0; ; order++) {
            if (Math.abs(exact - partialSum(arg, order)) <= tol) {
                return order;
            }
            if (order > 500) {
                throw new IllegalStateException("did not converge");
            }
        }
    }
}
