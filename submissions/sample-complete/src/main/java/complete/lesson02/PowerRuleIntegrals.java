package complete.lesson02;

import tangent.exercises.lesson02.Antiderivatives;

public class PowerRuleIntegrals implements Antiderivatives {

    @Override
    public String ofTwoX() {
        return "x*x - 3";
    }

    @Override
    public String ofThreeXSquaredMinusFourX() {
        return "x^3 - 2*x^2";
    }

    @Override
    public double[] ofPolynomial(double[] coefficients) {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("a polynomial needs coefficients");
        }
        double[] big = new double[coefficients.length + 1];
        for (int k = 0; k < coefficients.length; k++) {
            if (!Double.isFinite(coefficients[k])) {
                throw new IllegalArgumentException("coefficient " + k + " is " + coefficients[k]);
            }
            big[k + 1] = coefficients[k] / (k + 1.0);
        }
        return big;
    }

    @Override
    public double definiteIntegral(double[] coefficients, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("limits must be finite");
        }
        double[] big = ofPolynomial(coefficients);
        double total = 0;
        for (int k = 1; k < big.length; k++) {
            total += big[k] * (Math.pow(b, k) - Math.pow(a, k));
        }
        return total;
    }
}
