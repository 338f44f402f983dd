package edu.example.grace;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/** f'(x) = c1 + 2 c2 x + 3 c3 x^2 solved with the quadratic formula (the stable form). */
public class Stationary implements CriticalPoints {

    @Override
    public double[] criticalPoints(double[] c) {
        validate(c);
        double a = c.length == 4 ? 3 * c[3] : 0;
        double b = c.length >= 3 ? 2 * c[2] : 0;
        double k = c[1];
        if (a == 0) {
            // f' is b x + k: a line (b != 0, a quadratic f) or a constant (a line f, no critical point)
            return b == 0 ? new double[0] : new double[] {-k / b};
        }
        double disc = b * b - 4 * a * k;
        if (disc < 0) {
            return new double[0];
        }
        if (disc == 0) {
            return new double[] {-b / (2 * a)};
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(disc), b));
        double r1 = q / a;
        double r2 = k / q;
        return new double[] {Math.min(r1, r2), Math.max(r1, r2)};
    }

    @Override
    public CriticalPointKind[] classify(double[] c) {
        double[] xs = criticalPoints(c);
        CriticalPointKind[] kinds = new CriticalPointKind[xs.length];
        boolean doubleRoot = c.length == 4 && 4 * c[2] * c[2] - 12 * c[3] * c[1] == 0;
        for (int i = 0; i < xs.length; i++) {
            double second = (c.length >= 3 ? 2 * c[2] : 0) + (c.length == 4 ? 6 * c[3] * xs[i] : 0);
            if (doubleRoot) {
                kinds[i] = CriticalPointKind.NEITHER;
            } else if (second < 0) {
                kinds[i] = CriticalPointKind.LOCAL_MAXIMUM;
            } else {
                kinds[i] = CriticalPointKind.LOCAL_MINIMUM;
            }
        }
        return kinds;
    }

    private static void validate(double[] c) {
        if (c == null || c.length < 2 || c.length > 4) {
            throw new IllegalArgumentException("need 2 to 4 coefficients");
        }
        for (double v : c) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("not a number: " + v);
            }
        }
        if (c[c.length - 1] == 0) {
            throw new IllegalArgumentException("leading coefficient is zero");
        }
    }
}
