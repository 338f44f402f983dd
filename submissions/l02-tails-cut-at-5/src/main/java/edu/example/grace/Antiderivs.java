package edu.example.grace;

import tangent.exercises.lesson02.Antiderivatives;

/** Reverse power rule. */
public class Antiderivs implements Antiderivatives {

    @Override
    public String ofTwoX() {
        return "x^2 + C";
    }

    @Override
    public String ofThreeXSquaredMinusFourX() {
        return "x**2 * (x - 2) + 7";
    }

    @Override
    public double[] ofPolynomial(double[] coefficients) {
        check(coefficients);
        double[] out = new double[coefficients.length + 1];
        for (int k = 1; k < out.length; k++) {
            out[k] = coefficients[k - 1] / k;
        }
        return out;
    }

    @Override
    public double definiteIntegral(double[] coefficients, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("limits must be finite");
        }
        double[] big = ofPolynomial(coefficients);
        return horner(big, b) - horner(big, a);
    }

    private static double horner(double[] c, double x) {
        double v = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v * x + c[k];
        }
        return v;
    }

    private static void check(double[] c) {
        if (c == null || c.length == 0) {
            throw new IllegalArgumentException("no coefficients");
        }
        for (double v : c) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("coefficient " + v);
            }
        }
    }
}
