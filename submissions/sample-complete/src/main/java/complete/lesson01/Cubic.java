package complete.lesson01;

import tangent.exercises.lesson01.CubicDerivative;

/** f(x) = x^3 - 2x^2 + 1 from its coefficients, lowest power first. */
public class Cubic implements CubicDerivative {

    private static final double[] F = {1, 0, -2, 1};

    private static double eval(double[] c, double x) {
        double value = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            value = value * x + c[k];
        }
        return value;
    }

    private static double[] differentiate(double[] c) {
        double[] d = new double[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            d[k - 1] = k * c[k];
        }
        return d;
    }

    @Override
    public String derivativeExpression() {
        return "3*x^2 - 4*x";
    }

    @Override
    public double derivative(double x) {
        return eval(differentiate(F), x);
    }

    @Override
    public double[] rateOfChange(double[] xs, double dx) {
        if (!(Math.abs(dx) > 0) || Double.isInfinite(dx)) {
            throw new IllegalArgumentException("dx must be non-zero and finite");
        }
        double[] rates = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            rates[i] = (eval(F, xs[i] + dx) - eval(F, xs[i])) / dx;
        }
        return rates;
    }

    @Override
    public double largestDisagreement(double dx, double from, double to, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need two points or more");
        }
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + i * (to - from) / (n - 1);
        }
        double[] rates = rateOfChange(xs, dx);
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(rates[i] - derivative(xs[i])));
        }
        return largest;
    }
}
