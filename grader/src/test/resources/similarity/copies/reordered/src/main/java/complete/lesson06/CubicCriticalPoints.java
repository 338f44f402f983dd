package complete.lesson06;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/**
 * f' = p x^2 + q x + r with p = 3 c3, q = 2 c2, r = c1. Kinds from the shape of f': where a
 * parabola f' opening upwards crosses zero first it goes from + to -, so that is a maximum.
 */
public final class CubicCriticalPoints implements CriticalPoints {

    /** {c1, 2 c2, 3 c3}, zero-padded; refuses what the task refuses. */
    private static double[] derivative(double[] c) {
        if (c == null || c.length < 2 || c.length > 4) {
            throw new IllegalArgumentException("a polynomial of degree 1 to 3 has 2 to 4 coefficients");
        }
        for (double v : c) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("coefficients must be finite");
            }
        }
        if (c[c.length - 1] == 0) {
            throw new IllegalArgumentException("the leading coefficient is 0");
        }
        double[] d = new double[3];
        for (int k = 1; k < c.length; k++) {
            d[k - 1] = k * c[k];
        }
        return d;
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        double[] xs = criticalPoints(coefficients);
        double[] d = derivative(coefficients);
        if (d[2] == 0) {
            // A quadratic f: one critical point, a minimum when f opens upwards (f'' = q > 0).
            return xs.length == 0 ? new CriticalPointKind[0]
                    : new CriticalPointKind[] {d[1] > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM};
        }
        if (xs.length == 0) {
            return new CriticalPointKind[0];
        }
        if (xs.length == 1) {
            return new CriticalPointKind[] {CriticalPointKind.NEITHER}; // f' touches zero: a double root
        }
        return d[2] > 0
                ? new CriticalPointKind[] {CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.LOCAL_MINIMUM}
                : new CriticalPointKind[] {CriticalPointKind.LOCAL_MINIMUM, CriticalPointKind.LOCAL_MAXIMUM};
    }

    @Override
    public double[] criticalPoints(double[] coefficients) {
        double[] d = derivative(coefficients);
        double r = d[0];
        double q = d[1];
        double p = d[2];
        if (p == 0) {
            return q == 0 ? new double[0] : new double[] {-r / q};
        }
        double disc = q * q - 4 * p * r;
        if (disc == 0) {
            return new double[] {-q / (2 * p)};
        }
        if (disc < 0) {
            return new double[0];
        }
        double root = Math.sqrt(disc);
        // Avoid cancellation: compute the larger-magnitude root first, the other from the product r / p.
        double big = (q >= 0 ? -q - root : -q + root) / (2 * p);
        double small = r / (p * big);
        return big < small ? new double[] {big, small} : new double[] {small, big};
    }
}
