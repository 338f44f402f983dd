package complete.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson02.DefiniteIntegrals;

/** Simpson's rule as defined, and adaptive Simpson with Richardson's correction for integrate. */
public class Quadrature implements DefiniteIntegrals {

    private static void finite(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("limits must be finite");
        }
    }

    @Override
    public double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        finite(a, b);
        if (n < 2 || (n & 1) != 0) {
            throw new IllegalArgumentException("n must be even and >= 2, got " + n);
        }
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int k = 1; k < n; k++) {
            s += ((k & 1) == 1 ? 4.0 : 2.0) * f.applyAsDouble(a + k * h);
        }
        return s * h / 3.0;
    }

    @Override
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        finite(a, b);
        if (a == b) {
            return 0.0;
        }
        // Start from 64 panels so that no oscillation hides from the first estimate.
        double h = (b - a) / 64;
        double total = 0;
        for (int k = 0; k < 64; k++) {
            double lo = a + k * h;
            double hi = k == 63 ? b : lo + h;
            double fl = f.applyAsDouble(lo);
            double fm = f.applyAsDouble((lo + hi) / 2);
            double fh = f.applyAsDouble(hi);
            double whole = (hi - lo) / 6 * (fl + 4 * fm + fh);
            // A relative tolerance: an absolute one could sit below the rounding noise of large values.
            total += adaptive(f, lo, hi, fl, fm, fh, whole, 1e-12 * Math.max(1, Math.abs(whole)), 30);
        }
        return total;
    }

    private static double adaptive(DoubleUnaryOperator f, double lo, double hi, double fl, double fm, double fh,
            double whole, double eps, int depth) {
        double mid = (lo + hi) / 2;
        double flm = f.applyAsDouble((lo + mid) / 2);
        double fmh = f.applyAsDouble((mid + hi) / 2);
        double left = (mid - lo) / 6 * (fl + 4 * flm + fm);
        double right = (hi - mid) / 6 * (fm + 4 * fmh + fh);
        double delta = left + right - whole;
        if (depth <= 0 || Math.abs(delta) <= 15 * eps) {
            return left + right + delta / 15;
        }
        return adaptive(f, lo, mid, fl, flm, fm, left, eps / 2, depth - 1)
                + adaptive(f, mid, hi, fm, fmh, fh, right, eps / 2, depth - 1);
    }
}
