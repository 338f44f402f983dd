package tangent.reference.lesson06;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Checks and exact text for the coefficient arrays of {@code CriticalPoints}. */
final class Polynomials {

    private Polynomials() {
    }

    /** Refuses what the task refuses; returns the array when it is a polynomial of degree 1 to 3. */
    static double[] requireDegreeOneToThree(double[] coefficients) {
        if (coefficients == null || coefficients.length < 2 || coefficients.length > 4) {
            throw new IllegalArgumentException("give 2 to 4 coefficients (degree 1 to 3), got "
                    + (coefficients == null ? "null" : coefficients.length));
        }
        for (double c : coefficients) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("coefficients must be finite, got " + c);
            }
        }
        if (coefficients[coefficients.length - 1] == 0) {
            throw new IllegalArgumentException("the leading coefficient must not be 0");
        }
        return coefficients;
    }

    /**
     * The polynomial as exact symja input: every double is a dyadic rational, written as p/q so
     * that symja works with it exactly rather than as a float.
     */
    static String exactText(double[] coefficients) {
        StringBuilder text = new StringBuilder();
        for (int power = 0; power < coefficients.length; power++) {
            if (power > 0) {
                text.append(" + ");
            }
            text.append('(').append(rational(coefficients[power])).append(")*x^").append(power);
        }
        return text.toString();
    }

    private static String rational(double value) {
        BigDecimal exact = new BigDecimal(value);
        if (exact.scale() <= 0) {
            return exact.toBigIntegerExact().toString();
        }
        return exact.unscaledValue() + "/" + BigInteger.TEN.pow(exact.scale());
    }
}
