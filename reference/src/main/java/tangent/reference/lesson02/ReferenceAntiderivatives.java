package tangent.reference.lesson02;

import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import tangent.exercises.lesson02.Antiderivatives;
import tangent.reference.cas.CasTable;

/**
 * Antiderivatives of the text's functions from symja's integrals (the CAS table); polynomials by
 * the power rule in reverse, evaluated with Commons Math's {@link PolynomialFunction}.
 */
public final class ReferenceAntiderivatives implements Antiderivatives {

    /** The text's first integrand, in symja's input syntax (as in the CAS table). */
    public static final String TWO_X = "2*x";
    /** The text's second integrand, the derivative of x^3 - 2x^2 + 1 from Lesson 01. */
    public static final String THREE_X_SQUARED_MINUS_FOUR_X = "3*x^2-4*x";

    @Override
    public String ofTwoX() {
        return CasTable.load().result(CasTable.Operation.INTEGRATE, TWO_X, "x");
    }

    @Override
    public String ofThreeXSquaredMinusFourX() {
        return CasTable.load().result(CasTable.Operation.INTEGRATE, THREE_X_SQUARED_MINUS_FOUR_X, "x");
    }

    @Override
    public double[] ofPolynomial(double[] coefficients) {
        double[] c = checked(coefficients);
        double[] integral = new double[c.length + 1];
        for (int k = 0; k < c.length; k++) {
            integral[k + 1] = c[k] / (k + 1);
        }
        return integral;
    }

    @Override
    public double definiteIntegral(double[] coefficients, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("the limits must be finite, got a = " + a + ", b = " + b);
        }
        PolynomialFunction antiderivative = new PolynomialFunction(ofPolynomial(coefficients));
        return antiderivative.value(b) - antiderivative.value(a);
    }

    private static double[] checked(double[] coefficients) {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("a polynomial needs at least one coefficient");
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("coefficients must be finite, got " + c);
            }
        }
        return coefficients.clone();
    }
}
