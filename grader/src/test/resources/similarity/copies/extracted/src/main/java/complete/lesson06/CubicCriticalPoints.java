package complete.lesson06;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/**
 * f' = p x^2 + q x + r with p = 3 c3, q = 2 c2, r = c1. Kinds from the shape of f': where a
 * parabola f' opening upwards crosses zero first it goes from + to -, so that is a maximum.
 */
public final class CubicCriticalPoints implements CriticalPoints {

    @Override
    public double[] criticalPoints(double[] coefficients) {
        double[] d = derivative(coefficients);
        double p = d[2];
        double q = d[1];
        double r = d[0];
        if (p == 0) {
            return q == 0 ? new double[0] : new double[] {-r / q};
        }
        return quadraticRoots(p, q, r);
    }

    /** The real roots of p x^2 + q x + r for p != 0, in increasing order. */
    private static double[] quadraticRoots(double p, double q, double r) {
        double disc = q * q - 4 * p * r;
        if (disc < 0) {
            return new double[0];
        }
        if (disc == 0) {
            return new double[] {-q / (2 * p)};
        }
        double root = Math.sqrt(disc);
        // Avoid cancellation: compute the larger-magnitude root first, the other from the product r / p.
        double big = (q >= 0 ? -q - root : -q + root) / (2 * p);
        return ascending(big, r / (p * big));
    }

    private static double[] ascending(double a, double b) {
        return a < b ? new double[] {a, b} : new double[] {b, a};
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        double[] d = derivative(coefficients);
        double[] xs = criticalPoints(coefficients);
        if (d[2] == 0) {
            return quadraticKind(xs.length, d[1]);
        }
        if (xs.length == 1) {
            return new CriticalPointKind[] {CriticalPointKind.NEITHER}; // f' touches zero: a double root
        }
        if (xs.length == 0) {
            return new CriticalPointKind[0];
        }
        return d[2] > 0
                ? new CriticalPointKind[] {CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.LOCAL_MINIMUM}
                : new CriticalPointKind[] {CriticalPointKind.LOCAL_MINIMUM, CriticalPointKind.LOCAL_MAXIMUM};
    }

    /** A quadratic f: one critical point, a minimum when f opens upwards (f'' = q > 0). */
    private static CriticalPointKind[] quadraticKind(int count, double q) {
        if (count == 0) {
            return new CriticalPointKind[0];
        }
        return new CriticalPointKind[] {q > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM};
    }

    /** {c1, 2 c2, 3 c3}, zero-padded. */
    private static double[] derivative(double[] c) {
        requireValid(c);
        double[] d = new double[3];
        for (int k = 1; k < c.length; k++) {
            d[k - 1] = k * c[k];
        }
        return d;
    }

    /** Refuses what the task refuses. */
    private static void requireValid(double[] c) {
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
    }
}
