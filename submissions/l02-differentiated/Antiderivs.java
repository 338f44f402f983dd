import tangent.exercises.lesson02.Antiderivatives;

/** Antiderivatives by the power rule. */
public class Antiderivs implements Antiderivatives {

    @Override
    public String ofTwoX() {
        return "2";
    }

    @Override
    public String ofThreeXSquaredMinusFourX() {
        return "6*x - 4";
    }

    @Override
    public double[] ofPolynomial(double[] coefficients) {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("no coefficients");
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("coefficient " + c);
            }
        }
        if (coefficients.length == 1) {
            return new double[] {0};
        }
        double[] out = new double[coefficients.length - 1];
        for (int k = 1; k < coefficients.length; k++) {
            out[k - 1] = k * coefficients[k];
        }
        return out;
    }

    @Override
    public double definiteIntegral(double[] coefficients, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("limits must be finite");
        }
        double[] big = ofPolynomial(coefficients);
        double fb = 0;
        double fa = 0;
        for (int k = big.length - 1; k >= 0; k--) {
            fb = fb * b + big[k];
            fa = fa * a + big[k];
        }
        return fb - fa;
    }
}
