package tangent.reference.lesson08;

import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.util.CombinatoricsUtils;
import tangent.exercises.lesson08.TaylorExp;

/** T_n as the Commons Math polynomial with coefficients 1/i! for i &lt; n. */
public final class ReferenceTaylorExp implements TaylorExp {

    /** The Taylor polynomial of e^x with n terms; the zero polynomial for n = 0. */
    public static PolynomialFunction polynomial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of terms must be 0 or more, got " + n);
        }
        if (n == 0) {
            return new PolynomialFunction(new double[] {0});
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 1 / CombinatoricsUtils.factorialDouble(i);
        }
        return new PolynomialFunction(c);
    }

    @Override
    public double partialSum(double x, int n) {
        finite(x);
        return polynomial(n).value(x);
    }

    @Override
    public double maxError(int n, double from, double to, int points) {
        finite(from);
        finite(to);
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 points, got " + points);
        }
        PolynomialFunction t = polynomial(n);
        double largest = 0;
        for (int k = 0; k < points; k++) {
            double x = from + (to - from) * k / (points - 1);
            largest = Math.max(largest, Math.abs(Math.exp(x) - t.value(x)));
        }
        return largest;
    }

    @Override
    public double errorBound(double x, int n) {
        finite(x);
        if (n < 0) {
            throw new IllegalArgumentException("the number of terms must be 0 or more, got " + n);
        }
        return Math.exp(Math.max(x, 0)) * Math.pow(Math.abs(x), n) / CombinatoricsUtils.factorialDouble(n);
    }

    @Override
    public int termsNeeded(double x, double tolerance) {
        finite(x);
        if (Math.abs(x) > 10) {
            throw new IllegalArgumentException("|x| must be at most 10, got " + x);
        }
        if (!(tolerance >= 1e-9) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be at least 1e-9 and finite, got " + tolerance);
        }
        double exact = Math.exp(x);
        for (int n = 0; n <= 100; n++) {
            if (Math.abs(exact - polynomial(n).value(x)) <= tolerance) {
                return n;
            }
        }
        throw new IllegalStateException("no n up to 100 reaches " + tolerance + " at x = " + x);
    }

    private static void finite(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("expected a finite number, got " + x);
        }
    }
}
