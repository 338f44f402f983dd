package edu.bo.mlcalc;

import java.util.Arrays;
import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/**
 * Critical points of c0 + c1 x + c2 x^2 + c3 x^3 in closed form: f' = c1 + 2 c2 x + 3 c3 x^2 is
 * a constant, a line or a parabola, and its roots are classified from the sign of f'' there.
 */
public class PolynomialCriticalPoints implements CriticalPoints {

    /** A critical point and its kind. */
    private record Stationary(double x, CriticalPointKind kind) {
    }

    @Override
    public double[] criticalPoints(double[] coefficients) {
        return Arrays.stream(analyse(coefficients)).mapToDouble(Stationary::x).toArray();
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        return Arrays.stream(analyse(coefficients)).map(Stationary::kind).toArray(CriticalPointKind[]::new);
    }

    private static Stationary[] analyse(double[] coefficients) {
        double[] c = validated(coefficients);
        return switch (c.length) {
            case 2 -> new Stationary[0];
            case 3 -> new Stationary[] {new Stationary(-c[1] / (2 * c[2]) + 0.0, kindOfCurvature(c[2]))};
            default -> cubic(c[1], 2 * c[2], 3 * c[3]);
        };
    }

    /** The roots of f'(x) = a x^2 + b x + k, with a != 0, and their kinds. */
    private static Stationary[] cubic(double k, double b, double a) {
        double discriminant = b * b - 4 * a * k;
        if (discriminant < 0) {
            return new Stationary[0];
        }
        if (discriminant == 0) {
            return new Stationary[] {new Stationary(-b / (2 * a) + 0.0, CriticalPointKind.NEITHER)};
        }
        // the cancellation-free pair of roots: q / a and k / q
        double q = -(b + Math.copySign(Math.sqrt(discriminant), b == 0 ? 1 : b)) / 2;
        double r1 = q / a + 0.0;
        double r2 = k / q + 0.0;
        double lo = Math.min(r1, r2);
        double hi = Math.max(r1, r2);
        // f' = a (x - lo)(x - hi), so f''(lo) = a (lo - hi) has the sign of -a, f''(hi) the sign of a
        return new Stationary[] {new Stationary(lo, kindOfCurvature(-a)), new Stationary(hi, kindOfCurvature(a))};
    }

    private static CriticalPointKind kindOfCurvature(double secondDerivativeSign) {
        return secondDerivativeSign > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM;
    }

    private static double[] validated(double[] coefficients) {
        Require.finiteVector(coefficients, "coefficients", false);
        Require.that(coefficients.length >= 2 && coefficients.length <= 4,
                "need a polynomial of degree 1 to 3 (2 to 4 coefficients), got " + coefficients.length);
        Require.that(coefficients[coefficients.length - 1] != 0, "the leading coefficient must not be 0");
        return coefficients.clone();
    }
}
