package edu.example.ada;

import tangent.exercises.lesson01.CubicDerivative;

/** f(x) = x^3 - 2x^2 + 1, in Horner form. */
public class Cubic implements CubicDerivative {

    static double f(double x) {
        return (x - 2) * x * x + 1;
    }

    @Override
    public String derivativeExpression() {
        return "x*(3x - 4)";
    }

    @Override
    public double derivative(double x) {
        return x * (3 * x - 4);
    }

    @Override
    public double[] rateOfChange(double[] xs, double dx) {
        if (dx == 0 || Double.isNaN(dx) || Double.isInfinite(dx)) {
            throw new IllegalArgumentException("dx must be a non-zero number");
        }
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = (f(xs[i] + dx) - f(xs[i])) / dx;
        }
        return out;
    }

    @Override
    public double largestDisagreement(double dx, double from, double to, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2");
        }
        double step = (to - from) / n;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + i * step;
        }
        double[] rates = rateOfChange(xs, dx);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(rates[i] - derivative(xs[i])));
        }
        return worst;
    }
}
