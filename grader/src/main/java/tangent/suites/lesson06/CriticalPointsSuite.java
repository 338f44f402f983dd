package tangent.suites.lesson06;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.ReferenceAnswers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson06.ReferenceCriticalPoints;

/**
 * Critical points of polynomials of degree 1 to 3 against symja's exact roots of f', and their
 * kinds against the exact sign of f'' there.
 */
@Grades(CriticalPoints.class)
class CriticalPointsSuite {

    /**
     * The quadratic formula on whole-number coefficients up to 9 is exact but for rounding (about
     * 1e-15 relative); the cancellation in the smaller root can cost a few more digits, far from
     * 1e-9.
     */
    private static final Tolerance ROOT = Tolerance.of(1e-9, 1e-9);

    /** -x^3 + 3x: critical points -1 (a minimum) and 1 (a maximum). */
    private static final double[] NEGATIVE_CUBIC = {0, 3, 0, -1};

    @Test
    @Points(2)
    @DisplayName("the critical points of x^3 - 2x^2 + 1 are 0 and 4/3")
    void criticalPointsOfTheTextsCubic(CriticalPoints student) {
        checkPoints(student, ReferenceCriticalPoints.TEXT_CUBIC, "x^3 - 2x^2 + 1",
                Hint.matches(new double[] {0, 0.75},
                        "x (3x - 4) = 0 gives x = 4/3, not 3/4: divide 4 by 3."),
                Hint.matches(new double[] {4.0 / 3, 0}, "list the critical points in increasing order."),
                Hint.matches(new double[] {-4.0 / 3, 0},
                        "f'(x) = 3x^2 - 4x is zero at x = 4/3: check the sign of the -4x term."));
    }

    @Test
    @Points(2)
    @DisplayName("0 is a local maximum of x^3 - 2x^2 + 1 and 4/3 a local minimum")
    void classifyTheTextsCubic(CriticalPoints student) {
        checkKinds(student, ReferenceCriticalPoints.TEXT_CUBIC, "x^3 - 2x^2 + 1");
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("critical points of random cubics with whole-number coefficients")
    void criticalPointsOfRandomCubics(CriticalPoints student, RandomGenerator random) {
        // A negative leading coefficient turns the quadratic formula's roots around: "-b - sqrt" is
        // then the larger one. Fixed, so that every seed sees it.
        checkPoints(student, NEGATIVE_CUBIC, Polynomial.show(NEGATIVE_CUBIC),
                Hint.matches(new double[] {1, -1}, "list the critical points in increasing order: with a "
                        + "negative leading coefficient (-b - sqrt(D)) / (2a) is the larger root."));
        for (int i = 0; i < 10; i++) {
            double[] cubic = randomPolynomial(random, 4);
            checkPoints(student, cubic, Polynomial.show(cubic));
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("kinds of the critical points of random cubics")
    void classifyRandomCubics(CriticalPoints student, RandomGenerator random) {
        // -x^3 + 3x: the minimum comes first. "First a maximum, then a minimum" holds only for c3 > 0.
        checkKinds(student, NEGATIVE_CUBIC, Polynomial.show(NEGATIVE_CUBIC));
        for (int i = 0; i < 10; i++) {
            double[] cubic = randomPolynomial(random, 4);
            checkKinds(student, cubic, Polynomial.show(cubic));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a quadratic has one critical point and a line none")
    void quadraticsAndLines(CriticalPoints student, RandomGenerator random) {
        // Fixed first: a valley, a hill (the sign of c2 decides) and a line, whatever the seed draws.
        for (double[] fixed : new double[][] {{1, 4, 2}, {3, 2, -1}, {3, 2}}) {
            checkPoints(student, fixed, Polynomial.show(fixed));
            checkKinds(student, fixed, Polynomial.show(fixed));
        }
        for (int i = 0; i < 4; i++) {
            double[] quadratic = randomPolynomial(random, 3);
            checkPoints(student, quadratic, Polynomial.show(quadratic));
            checkKinds(student, quadratic, Polynomial.show(quadratic));
        }
        for (int i = 0; i < 2; i++) {
            double[] line = randomPolynomial(random, 2);
            checkPoints(student, line, Polynomial.show(line));
            checkKinds(student, line, Polynomial.show(line));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a double root of f' is one critical point, neither maximum nor minimum; x^3 + x has none")
    void doubleRootsAndNoRoots(CriticalPoints student, RandomGenerator random) {
        double[][] cubics = new double[5][];
        cubics[0] = new double[] {0, 0, 0, 1};
        cubics[1] = new double[] {0, 1, 0, 1};
        // 9x^3 - 9x^2 + 3x: f' = 3 (3x - 1)^2, a double root (1/3) that is not a whole number.
        cubics[2] = new double[] {0, 3, -9, 9};
        for (int i = 3; i < cubics.length; i++) {
            // k (x - r)^3 + d, expanded: f' = 3k (x - r)^2 has the double root r.
            int k = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3));
            int r = random.nextInt(7) - 3;
            int d = random.nextInt(19) - 9;
            cubics[i] = new double[] {d - k * r * r * r, 3 * k * r * r, -3 * k * r, k};
        }
        for (double[] cubic : cubics) {
            checkPoints(student, cubic, Polynomial.show(cubic));
            checkKinds(student, cubic, Polynomial.show(cubic));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("both methods refuse a constant, a leading 0, NaN or infinity, null and more than four coefficients")
    void badPolynomialsAreRefused(CriticalPoints student) {
        Checks.refuses("criticalPoints({5})", IllegalArgumentException.class,
                () -> student.criticalPoints(new double[] {5}));
        Checks.refuses("criticalPoints({})", IllegalArgumentException.class, () -> student.criticalPoints(new double[0]));
        Checks.refuses("criticalPoints(null)", IllegalArgumentException.class, () -> student.criticalPoints(null));
        Checks.refuses("criticalPoints({1, 2, 0})", IllegalArgumentException.class,
                () -> student.criticalPoints(new double[] {1, 2, 0}));
        Checks.refuses("criticalPoints({1, NaN})", IllegalArgumentException.class,
                () -> student.criticalPoints(new double[] {1, Double.NaN}));
        Checks.refuses("criticalPoints({1, 2, 3, 4, 5})", IllegalArgumentException.class,
                () -> student.criticalPoints(new double[] {1, 2, 3, 4, 5}));
        Checks.refuses("criticalPoints({1, Infinity})", IllegalArgumentException.class,
                () -> student.criticalPoints(new double[] {1, Double.POSITIVE_INFINITY}));
        Checks.refuses("classify({5})", IllegalArgumentException.class, () -> student.classify(new double[] {5}));
        Checks.refuses("classify({0, 1, 0, 0})", IllegalArgumentException.class,
                () -> student.classify(new double[] {0, 1, 0, 0}));
        Checks.refuses("classify(null)", IllegalArgumentException.class, () -> student.classify(null));
        Checks.refuses("classify({})", IllegalArgumentException.class, () -> student.classify(new double[0]));
        Checks.refuses("classify({1, NaN})", IllegalArgumentException.class,
                () -> student.classify(new double[] {1, Double.NaN}));
        Checks.refuses("classify({1, 2, 3, 4, 5})", IllegalArgumentException.class,
                () -> student.classify(new double[] {1, 2, 3, 4, 5}));
    }

    /** The reference's analysis (symja's Solve), once per polynomial in a worker: every submission asks for the same. */
    private static ReferenceCriticalPoints.Analysis analysis(double[] coefficients) {
        double[] own = coefficients.clone();
        return ReferenceAnswers.of("L06 critical points", () -> ReferenceCriticalPoints.analyse(own), own);
    }

    private void checkPoints(CriticalPoints student, double[] coefficients, String name, Hint... hints) {
        double[] expected = analysis(coefficients).points();
        double[] given = coefficients.clone();
        double[] actual = student.criticalPoints(given);
        String what = "criticalPoints(" + Numbers.show(coefficients) + "), f(x) = " + name;
        Checks.that(actual != null, what + ": expected " + Numbers.show(expected) + ", got null.");
        if (actual.length != expected.length) {
            String why = expected.length == 1 && actual.length == 2 && Math.abs(actual[0] - actual[1]) < 1e-6
                    ? " Here f' has a double root: list it once."
                    : expected.length == 0 && actual.length > 0
                            ? " f' has no real root here (its discriminant is negative, or f is a line)." : "";
            Checks.that(false, what + ": expected " + expected.length + " critical point(s) " + Numbers.show(expected)
                    + ", got " + Numbers.show(actual) + "." + why);
        }
        Checks.closeArray(what, expected, actual, ROOT, hints);
        Checks.that(Arrays.equals(given, coefficients), what + " changed the coefficient array it was given.");
        Copies.distinct(what, actual, student.criticalPoints(coefficients.clone()), given);
    }

    private void checkKinds(CriticalPoints student, double[] coefficients, String name) {
        ReferenceCriticalPoints.Analysis analysis = analysis(coefficients);
        CriticalPointKind[] expected = analysis.kinds();
        double[] given = coefficients.clone();
        CriticalPointKind[] actual = student.classify(given);
        String what = "classify(" + Numbers.show(coefficients) + "), f(x) = " + name + " with critical points "
                + Numbers.show(analysis.points());
        Checks.that(actual != null, what + ": expected " + Arrays.toString(expected) + ", got null.");
        if (!Arrays.equals(expected, actual)) {
            Checks.that(false, what + ": expected " + Arrays.toString(expected) + ", got " + Arrays.toString(actual)
                    + "." + kindsHint(expected, actual));
        }
        Checks.that(Arrays.equals(given, coefficients), what + " changed the coefficient array it was given to "
                + Numbers.show(given) + ".");
        Copies.distinct(what, actual, student.classify(coefficients.clone()), given);
    }

    /** Explains the two ways the second-derivative test goes wrong. */
    private static String kindsHint(CriticalPointKind[] expected, CriticalPointKind[] actual) {
        if (expected.length != actual.length) {
            return " Give one kind per critical point, in the order of criticalPoints.";
        }
        boolean swapped = true;
        boolean anyExtremum = false;
        for (int i = 0; i < expected.length; i++) {
            CriticalPointKind flipped = expected[i] == CriticalPointKind.LOCAL_MAXIMUM ? CriticalPointKind.LOCAL_MINIMUM
                    : expected[i] == CriticalPointKind.LOCAL_MINIMUM ? CriticalPointKind.LOCAL_MAXIMUM
                    : CriticalPointKind.NEITHER;
            swapped &= actual[i] == flipped;
            anyExtremum |= expected[i] != CriticalPointKind.NEITHER;
        }
        if (swapped && anyExtremum) {
            return " Hint: maxima and minima are swapped. f'' < 0 means concave down, a hill: a local maximum;"
                    + " f'' > 0 means concave up, a valley: a local minimum.";
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == CriticalPointKind.NEITHER && actual[i] != CriticalPointKind.NEITHER) {
                return " Hint: at a double root of f', f'' is 0 and f' does not change sign: that point is NEITHER.";
            }
        }
        return "";
    }

    /**
     * Whole-number coefficients in [-9, 9], lowest power first, with a leading coefficient that is
     * not 0: {@code length} 2 for a line, 3 for a quadratic, 4 for a cubic.
     */
    private static double[] randomPolynomial(RandomGenerator random, int length) {
        double[] c = new double[length];
        for (int i = 0; i < length; i++) {
            c[i] = random.nextInt(19) - 9;
        }
        while (c[length - 1] == 0) {
            c[length - 1] = random.nextInt(19) - 9;
        }
        return c;
    }
}
