package hw.week6;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/**
 * f' = quad x^2 + lin x + cst with quad = 3 c3, lin = 2 c2, cst = c1. Kinds from the shape of f': where a
 * parabola f' opening upwards crosses zero first it goes from + to -, so that is a maximum.
 */
public final class CubicStationaryFinder implements CriticalPoints {

    @Override
    public double[] criticalPoints(double[] coeffs) {
        double[] deriv = differentiate(coeffs);
        double quad = deriv[2];
        double lin = deriv[1];
        double cst = deriv[0];
        if (quad == 0) {
            return lin == 0 ? new double[0] : new double[] {-cst / lin};
        }
        double delta = lin * lin - 4 * quad * cst;
        if (delta < 0) {
            return new double[0];
        }
        if (delta == 0) {
            return new double[] {-lin / (2 * quad)};
        }
        double sq = Math.sqrt(delta);
        // Avoid cancellation: compute the larger-magnitude root first, the other from the product cst / quad.
        double first = (lin >= 0 ? -lin - sq : -lin + sq) / (2 * quad);
        double second = cst / (quad * first);
        return first < second ? new double[] {first, second} : new double[] {second, first};
    }

    @Override
    public CriticalPointKind[] classify(double[] coeffs) {
        double[] deriv = differentiate(coeffs);
        double[] roots = criticalPoints(coeffs);
        if (deriv[2] == 0) {
            // A quadratic f: one critical point, a minimum when f opens upwards (f'' = lin > 0).
            return roots.length == 0 ? new CriticalPointKind[0]
                    : new CriticalPointKind[] {deriv[1] > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM};
        }
        if (roots.length == 1) {
            return new CriticalPointKind[] {CriticalPointKind.NEITHER}; // f' touches zero: a double root
        }
        if (roots.length == 0) {
            return new CriticalPointKind[0];
        }
        return deriv[2] > 0
                ? new CriticalPointKind[] {CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.LOCAL_MINIMUM}
                : new CriticalPointKind[] {CriticalPointKind.LOCAL_MINIMUM, CriticalPointKind.LOCAL_MAXIMUM};
    }

    /** {c1, 2 c2, 3 c3}, zero-padded; refuses what the task refuses. */
    private static double[] differentiate(double[] poly) {
        if (poly == null || poly.length < 2 || poly.length > 4) {
            throw new IllegalArgumentException("a polynomial of degree 1 to 3 has 2 to 4 coefficients");
        }
        for (double coef : poly) {
            if (!Double.isFinite(coef)) {
                throw new IllegalArgumentException("coefficients must be finite");
            }
        }
        if (poly[poly.length - 1] == 0) {
            throw new IllegalArgumentException("the leading coefficient is 0");
        }
        double[] deriv = new double[3];
        for (int power = 1; power < poly.length; power++) {
            deriv[power - 1] = power * poly[power];
        }
        return deriv;
    }
}
