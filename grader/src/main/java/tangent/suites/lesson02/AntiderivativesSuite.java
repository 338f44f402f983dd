package tangent.suites.lesson02;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson02.Antiderivatives;
import tangent.exercises.lesson02.AntiderivativesMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson02.ReferenceAntiderivatives;

/**
 * The text's two antiderivatives as formulas (right whatever the constant: the checker
 * differentiates them), and polynomials integrated by the reverse power rule.
 */
@Grades(Antiderivatives.class)
class AntiderivativesSuite {

    /** c / (k + 1) computed another way differs by rounding only. */
    private static final Tolerance COEFFICIENT = Tolerance.of(1e-12, 1e-12);
    /**
     * F(b) - F(a) with |x| &lt;= 5, degree &lt;= 6 and coefficients &lt;= 5: each term is below 1e5,
     * so rounding in another evaluation order stays below 1e-9.
     */
    private static final Tolerance INTEGRAL = Tolerance.of(1e-9, 1e-10);

    private final ReferenceAntiderivatives reference = new ReferenceAntiderivatives();

    @Test
    @Points(3)
    @DisplayName("an antiderivative of 2x: x^2, with any constant")
    void antiderivativeOfTwoX(Antiderivatives student, RandomGenerator random) {
        ExpressionCheck.in("x").checkAntiderivative("ofTwoX()", student.ofTwoX(), ReferenceAntiderivatives.TWO_X, "x",
                random, AntiderivativesMistakes.ofTwoX());
    }

    @Test
    @Points(3)
    @DisplayName("an antiderivative of 3x^2 - 4x: x^3 - 2x^2, with any constant")
    void antiderivativeOfThreeXSquaredMinusFourX(Antiderivatives student, RandomGenerator random) {
        ExpressionCheck.in("x").checkAntiderivative("ofThreeXSquaredMinusFourX()", student.ofThreeXSquaredMinusFourX(),
                ReferenceAntiderivatives.THREE_X_SQUARED_MINUS_FOUR_X, "x", random,
                AntiderivativesMistakes.ofThreeXSquaredMinusFourX());
    }

    @Test
    @Points(2)
    @DisplayName("coefficients of the antiderivative of 3x^2 - 4x: {0, 0, -2, 1}")
    void polynomialOfTheText(Antiderivatives student) {
        checkPolynomial(student, new double[] {0, -4, 3});
        checkPolynomial(student, new double[] {2});
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("antiderivatives of random polynomials of degree 0 to 6")
    void randomPolynomials(Antiderivatives student, RandomGenerator random) {
        for (int k = 0; k < 10; k++) {
            checkPolynomial(student, polynomial(random));
        }
    }

    @Test
    @Points(1)
    @DisplayName("definite integrals of the text's polynomials: 2x on [-10, 10] is 0, 3x^2 - 4x on [0, 3] is 9")
    void definiteIntegralsOfTheText(Antiderivatives student) {
        checkIntegral(student, new double[] {0, 2}, -10, 10);
        checkIntegral(student, new double[] {0, -4, 3}, 0, 2);
        checkIntegral(student, new double[] {0, -4, 3}, 0, 3);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("definite integrals of random polynomials, with limits in either order (b < a fixed) and equal limits")
    void randomDefiniteIntegrals(Antiderivatives student, RandomGenerator random) {
        for (int k = 0; k < 10; k++) {
            double a = random.nextDouble() * 10 - 5;
            double b = random.nextDouble() * 10 - 5;
            checkIntegral(student, polynomial(random), a, b);
        }
        checkIntegral(student, polynomial(random), 1.5, 1.5);
        // b < a on every seed: F(b) - F(a) is the negative of the integral from b to a
        checkIntegral(student, new double[] {0, -4, 3}, 3, 0);
        checkIntegral(student, new double[] {1, 2, 0.5}, 2, -1);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("null, empty and non-finite input is refused; the caller's array is left alone")
    void refusals(Antiderivatives student) {
        Checks.refuses("ofPolynomial(null)", IllegalArgumentException.class, () -> student.ofPolynomial(null));
        Checks.refuses("ofPolynomial({})", IllegalArgumentException.class, () -> student.ofPolynomial(new double[0]));
        Checks.refuses("ofPolynomial({1, NaN})", IllegalArgumentException.class,
                () -> student.ofPolynomial(new double[] {1, Double.NaN}));
        Checks.refuses("definiteIntegral({}, 0, 1)", IllegalArgumentException.class,
                () -> student.definiteIntegral(new double[0], 0, 1));
        Checks.refuses("definiteIntegral({1}, 0, Infinity)", IllegalArgumentException.class,
                () -> student.definiteIntegral(new double[] {1}, 0, Double.POSITIVE_INFINITY));
        Checks.refuses("ofPolynomial({Infinity, 2})", IllegalArgumentException.class,
                () -> student.ofPolynomial(new double[] {Double.POSITIVE_INFINITY, 2}));
        Checks.refuses("definiteIntegral(null, 0, 1)", IllegalArgumentException.class,
                () -> student.definiteIntegral(null, 0, 1));
        Checks.refuses("definiteIntegral({1, NaN}, 0, 1)", IllegalArgumentException.class,
                () -> student.definiteIntegral(new double[] {1, Double.NaN}, 0, 1));
        Checks.refuses("definiteIntegral({1}, NaN, 1)", IllegalArgumentException.class,
                () -> student.definiteIntegral(new double[] {1}, Double.NaN, 1));
        Checks.refuses("definiteIntegral({1}, -Infinity, 0)", IllegalArgumentException.class,
                () -> student.definiteIntegral(new double[] {1}, Double.NEGATIVE_INFINITY, 0));
        double[] given = {0, -4, 3};
        student.ofPolynomial(given);
        Checks.that(Arrays.equals(given, new double[] {0, -4, 3}), "ofPolynomial changed the array it was given (now "
                + Numbers.show(given) + "): return a new array instead.");
    }

    // ---- shared checks ---------------------------------------------------------------------

    private void checkPolynomial(Antiderivatives student, double[] c) {
        String what = "ofPolynomial(" + show(c) + ")";
        double[] expected = reference.ofPolynomial(c);
        double[] actual = student.ofPolynomial(c.clone());
        Checks.that(actual != null, what + ": expected " + expected.length + " coefficients, got null.");
        if (actual.length != expected.length) {
            String message = what + ": expected " + expected.length + " coefficients (one degree more than f), got "
                    + actual.length + ".";
            if (actual.length == Math.max(1, c.length - 1) && sameValues(actual, derivative(c))) {
                message += " Hint: these are the derivative's coefficients. It looks like you differentiated instead "
                        + "of integrating: c x^k becomes c x^(k+1) / (k + 1).";
            } else if (actual.length == c.length && sameValues(actual, unshifted(c))) {
                // c_k / (k + 1) left at place k: the division is right, the shift up one place is missing
                message += " Hint: these are c_k / (k + 1) at place k; the antiderivative of c_k x^k is a term in "
                        + "x^(k+1), one place further up, and the constant term comes first (0 here).";
            }
            throw new AssertionError(message);
        }
        double[] undivided = new double[expected.length];
        for (int k = 0; k < c.length; k++) {
            undivided[k + 1] = c[k];
        }
        Checks.closeArray(what, expected, actual, COEFFICIENT, nonZeroHint(expected, undivided,
                "each coefficient moves up one place, and is divided by its new exponent: c x^k becomes "
                        + "c x^(k+1) / (k + 1)."));
    }

    private void checkIntegral(Antiderivatives student, double[] c, double a, double b) {
        double expected = reference.definiteIntegral(c, a, b);
        double reversed = reference.definiteIntegral(c, b, a);
        double[] d = derivative(c);
        double slopes = new org.apache.commons.math3.analysis.polynomials.PolynomialFunction(d).value(b)
                - new org.apache.commons.math3.analysis.polynomials.PolynomialFunction(d).value(a);
        Checks.close("definiteIntegral(" + show(c) + ", " + Numbers.show(a) + ", " + Numbers.show(b) + ")", expected,
                student.definiteIntegral(c.clone(), a, b), INTEGRAL,
                Hint.matches(java.util.List.of(reversed), "that is F(a) - F(b): the integral from a to b is F(b) - F(a)."),
                Hint.matches(java.util.List.of(slopes), "that is f'(b) - f'(a), with the derivative of f: the integral "
                        + "is F(b) - F(a), with F an antiderivative (F' = f)."));
    }

    /**
     * A mistake that explains every non-zero coefficient (Hint.matches would need every value to
     * differ from the right one, and the coefficients that are 0 never do).
     */
    private static Hint nonZeroHint(double[] expected, double[] wrong, String explanation) {
        return pairs -> {
            boolean telling = false;
            for (int i = 0; i < pairs.size(); i++) {
                if (expected[i] == 0) {
                    continue;
                }
                double actual = pairs.get(i).actual();
                if (Math.abs(actual - wrong[i]) > 1e-9 * (1 + Math.abs(wrong[i]))) {
                    return java.util.Optional.empty();
                }
                telling |= Math.abs(actual - expected[i]) > 1e-9 * (1 + Math.abs(expected[i]));
            }
            return telling ? java.util.Optional.of(explanation) : java.util.Optional.empty();
        };
    }

    private static double[] derivative(double[] c) {
        if (c.length == 1) {
            return new double[] {0};
        }
        double[] d = new double[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            d[k - 1] = k * c[k];
        }
        return d;
    }

    /** c_k / (k + 1) at place k: each term divided, none moved up. */
    private static double[] unshifted(double[] c) {
        double[] u = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            u[k] = c[k] / (k + 1);
        }
        return u;
    }

    private static boolean sameValues(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-9 * (1 + Math.abs(b[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Degree 0 to 6, coefficients with two decimals in [-5, 5]. */
    private static double[] polynomial(RandomGenerator random) {
        double[] c = new double[1 + random.nextInt(7)];
        for (int k = 0; k < c.length; k++) {
            c[k] = Math.round((random.nextDouble() * 10 - 5) * 100) / 100.0;
        }
        return c;
    }

    private static String show(double[] c) {
        StringBuilder s = new StringBuilder("{");
        for (int k = 0; k < c.length; k++) {
            s.append(k == 0 ? "" : ", ").append(Numbers.show(c[k]));
        }
        return s.append('}').toString();
    }
}
