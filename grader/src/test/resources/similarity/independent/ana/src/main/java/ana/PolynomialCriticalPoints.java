package ana;

import java.util.Arrays;
import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/**
 * Critical points of a polynomial of degree 1 to 3, found from the derivative
 * f'(x) = c1 + 2 c2 x + 3 c3 x^2 with the quadratic formula.
 */
public class PolynomialCriticalPoints implements CriticalPoints {

    @Override
    public double[] criticalPoints(double[] coefficients) {
        double[] c = checked(coefficients);
        if (c.length == 2) {
            // a line: f' = c1 is a non-zero constant, never 0
            return new double[0];
        }
        if (c.length == 3) {
            // a parabola: f' = c1 + 2 c2 x has exactly one root
            return new double[] {plusZero(-c[1] / (2 * c[2]))};
        }
        // a cubic: f' = A x^2 + B x + C
        double a = 3 * c[3];
        double b = 2 * c[2];
        double cc = c[1];
        double disc = b * b - 4 * a * cc; // exact for whole-number coefficients
        if (disc < 0) {
            return new double[0];
        }
        if (disc == 0) {
            return new double[] {plusZero(-b / (2 * a))};
        }
        // numerically stable form: q = -(B + sign(B) sqrt(disc)) / 2, roots q/A and C/q
        double sign = b < 0 ? -1 : 1;
        double q = -(b + sign * Math.sqrt(disc)) / 2;
        double r1 = plusZero(q / a);
        double r2 = plusZero(cc / q);
        return r1 < r2 ? new double[] {r1, r2} : new double[] {r2, r1};
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        double[] c = checked(coefficients);
        double[] points = criticalPoints(c);
        CriticalPointKind[] kinds = new CriticalPointKind[points.length];
        if (points.length == 0) {
            return kinds;
        }
        if (c.length == 3) {
            // f'' = 2 c2 everywhere
            kinds[0] = c[2] > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM;
            return kinds;
        }
        if (points.length == 1) {
            // a cubic with a double root of f' (discriminant 0): f' does not change sign
            kinds[0] = CriticalPointKind.NEITHER;
            return kinds;
        }
        // Two simple roots of f' = 3 c3 x^2 + ...: if c3 > 0, f' is + before the first root,
        // - between them and + after, so the first is a maximum and the second a minimum.
        // This is the sign of f'' = 6 c3 x + 2 c2 at the roots, without rounding trouble.
        if (c[3] > 0) {
            kinds[0] = CriticalPointKind.LOCAL_MAXIMUM;
            kinds[1] = CriticalPointKind.LOCAL_MINIMUM;
        } else {
            kinds[0] = CriticalPointKind.LOCAL_MINIMUM;
            kinds[1] = CriticalPointKind.LOCAL_MAXIMUM;
        }
        return kinds;
    }

    /** Validates the coefficients and returns a private copy. */
    private static double[] checked(double[] coefficients) {
        if (coefficients == null || coefficients.length < 2 || coefficients.length > 4) {
            throw new IllegalArgumentException("need 2 to 4 coefficients (degree 1 to 3)");
        }
        for (double v : coefficients) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("coefficients must be finite: " + Arrays.toString(coefficients));
            }
        }
        if (coefficients[coefficients.length - 1] == 0) {
            throw new IllegalArgumentException("the leading coefficient must not be 0");
        }
        return coefficients.clone();
    }

    /** Turns -0.0 into 0.0 so that a root at zero prints as 0. */
    private static double plusZero(double v) {
        return v + 0.0;
    }
}
