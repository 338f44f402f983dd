package tangent.reference.lesson01;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import tangent.cas.Cas;
import tangent.exercises.lesson01.CubicDerivative;

/**
 * f(x) = x^3 - 2x^2 + 1: the symbolic derivative from symja, the numeric one from Commons Math's
 * automatic differentiation, so neither is typed in by hand.
 */
public final class ReferenceCubicDerivative implements CubicDerivative {

    /** The function of the task, in symja's input syntax. */
    public static final String FUNCTION = "x^3 - 2*x^2 + 1";

    /** f and its first derivative at x, by automatic differentiation. */
    private static DerivativeStructure cubic(double x) {
        DerivativeStructure t = new DerivativeStructure(1, 1, 0, x);
        return t.pow(3).subtract(t.pow(2).multiply(2)).add(1);
    }

    /** f(x). */
    public static double value(double x) {
        return cubic(x).getValue();
    }

    @Override
    public String derivativeExpression() {
        return Cas.derivative(FUNCTION, "x");
    }

    @Override
    public double derivative(double x) {
        return cubic(x).getPartialDerivative(1);
    }

    @Override
    public double[] rateOfChange(double[] xs, double dx) {
        Steps.requireUsable(dx);
        double[] rates = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            rates[i] = (value(xs[i] + dx) - value(xs[i])) / dx;
        }
        return rates;
    }

    @Override
    public double largestDisagreement(double dx, double from, double to, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 points, got " + n);
        }
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + (to - from) * i / (n - 1);
        }
        double[] rates = rateOfChange(xs, dx);
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(derivative(xs[i]) - rates[i]));
        }
        return largest;
    }
}
