package tangent.suites.lesson06;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson06.DerivativeScan;
import tangent.exercises.lesson06.DerivativeScanMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson06.ReferenceDerivativeScan;

/**
 * log's derivative against symja's; the scan against the reference's (the same grid, brackets
 * refined by Commons Math's Brent solver) on the text's functions and on random ones.
 */
@Grades(DerivativeScan.class)
class DerivativeScanSuite {

    /** The task asks for roots within 1e-10; the reference's are within 1e-13. */
    private static final Tolerance ROOT = Tolerance.of(2e-10, 0);

    private final ReferenceDerivativeScan reference = new ReferenceDerivativeScan();

    @Test
    @Points(2)
    @DisplayName("d/dx log x is 1/x")
    void logDerivative(DerivativeScan student, RandomGenerator random) {
        ExpressionCheck.in("x").withDomain("x", 0.1, 5).check("logDerivative()", student.logDerivative(),
                reference.logDerivative(), random, DerivativeScanMistakes.logDerivative());
    }

    @Test
    @Points(2)
    @DisplayName("log x has no critical point and no maximum or minimum: f' = 1/x on [0.01, 100]")
    void logHasNoCriticalPoint(DerivativeScan student) {
        double[] found = student.criticalPoints(x -> 1 / x, 0.01, 100, 1000);
        Checks.that(found != null && found.length == 0, "criticalPoints(1/x, 0.01, 100, 1000): expected none (an empty "
                + "array), got " + Numbers.show(found) + ". 1/x is positive everywhere on the interval: no subinterval "
                + "has a sign change and no grid value is 0.");
        Checks.that(!student.hasLocalExtremum(x -> 1 / x, 0.01, 100, 1000), "hasLocalExtremum(1/x, 0.01, 100, 1000): "
                + "expected false, got true. f' = 1/x is never negative here, so log only rises: no maximum, no minimum.");
    }

    @Test
    @Points(2)
    @DisplayName("the cubic's f' = 3x^2 - 4x is zero at 0 and 4/3 on [-1, 2], and f turns there")
    void theCubicsCriticalPoints(DerivativeScan student) {
        DoubleUnaryOperator fPrime = x -> 3 * x * x - 4 * x;
        checkScan(student, "3x^2 - 4x", fPrime, -1, 2, 30);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("scans of other derivatives: cos, -sin and cubics with known roots, on random intervals")
    void scansOfOtherDerivatives(DerivativeScan student, RandomGenerator random) {
        for (int i = 0; i < 6; i++) {
            double from = -8 + 6 * random.nextDouble();
            double to = from + 2 + 8 * random.nextDouble();
            int n = 10 + random.nextInt(150);
            switch (i % 3) {
                case 0 -> checkScan(student, "cos(x)", Math::cos, from, to, n);
                case 1 -> checkScan(student, "-sin(x)", x -> -Math.sin(x), from, to, n);
                default -> {
                    double r1 = from + (to - from) * random.nextDouble();
                    double r2 = from + (to - from) * random.nextDouble();
                    double r3 = to + random.nextDouble();
                    checkScan(student, "(x - " + Numbers.show(r1) + ")(x - " + Numbers.show(r2) + ")(x - "
                            + Numbers.show(r3) + ")", x -> (x - r1) * (x - r2) * (x - r3), from, to, n);
                }
            }
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a zero on the grid, the last grid point included, is reported once, and touching zero is not an extremum")
    void zerosOnTheGrid(DerivativeScan student) {
        checkScan(student, "3x^2", x -> 3 * x * x, -1, 1, 2);
        checkScan(student, "3x^2", x -> 3 * x * x, -1, 1.5, 5);
        checkScan(student, "x", x -> x, -1, 1, 2);
        checkScan(student, "x", x -> x, -1, 1, 4);
        checkScan(student, "e^x", Math::exp, -3, 3, 60);
        // The last grid point x_n = to counts like the others; one subinterval (n = 1) is a scan too.
        checkScan(student, "x", x -> x, -2, 0, 4);
        checkScan(student, "x", x -> x, -1, 1, 1);
        // f' <= 0 everywhere: a zero is not a positive value, so f has no turn.
        checkScan(student, "-3x^2", x -> -3 * x * x, -1, 1, 2);
        checkScan(student, "-e^x", x -> -Math.exp(x), -3, 3, 60);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("refuses from >= to, infinite ends and fewer than one subinterval")
    void badScansAreRefused(DerivativeScan student) {
        Checks.refuses("criticalPoints(cos, 2, 1, 10)", IllegalArgumentException.class,
                () -> student.criticalPoints(Math::cos, 2, 1, 10));
        Checks.refuses("criticalPoints(cos, 1, 1, 10)", IllegalArgumentException.class,
                () -> student.criticalPoints(Math::cos, 1, 1, 10));
        Checks.refuses("criticalPoints(cos, 0, Infinity, 10)", IllegalArgumentException.class,
                () -> student.criticalPoints(Math::cos, 0, Double.POSITIVE_INFINITY, 10));
        Checks.refuses("criticalPoints(cos, 0, 1, 0)", IllegalArgumentException.class,
                () -> student.criticalPoints(Math::cos, 0, 1, 0));
        Checks.refuses("hasLocalExtremum(cos, 0, 1, -3)", IllegalArgumentException.class,
                () -> student.hasLocalExtremum(Math::cos, 0, 1, -3));
        Checks.refuses("hasLocalExtremum(cos, NaN, 1, 10)", IllegalArgumentException.class,
                () -> student.hasLocalExtremum(Math::cos, Double.NaN, 1, 10));
        Checks.refuses("hasLocalExtremum(cos, 2, 1, 10)", IllegalArgumentException.class,
                () -> student.hasLocalExtremum(Math::cos, 2, 1, 10));
        Checks.refuses("hasLocalExtremum(cos, -Infinity, 1, 10)", IllegalArgumentException.class,
                () -> student.hasLocalExtremum(Math::cos, Double.NEGATIVE_INFINITY, 1, 10));
        Checks.refuses("criticalPoints(cos, NaN, 1, 10)", IllegalArgumentException.class,
                () -> student.criticalPoints(Math::cos, Double.NaN, 1, 10));
    }

    private void checkScan(DerivativeScan student, String name, DoubleUnaryOperator fPrime, double from, double to, int n) {
        String call = "(f' = " + name + ", " + Numbers.show(from) + ", " + Numbers.show(to) + ", " + n + ")";
        double[] expected = reference.criticalPoints(fPrime, from, to, n);
        double[] actual = student.criticalPoints(fPrime, from, to, n);
        Checks.that(actual != null, "criticalPoints" + call + ": expected " + Numbers.show(expected) + ", got null.");
        if (actual.length != expected.length) {
            Checks.that(false, "criticalPoints" + call + ": expected " + expected.length + " critical point(s) "
                    + Numbers.show(expected) + ", got " + actual.length + ": " + Numbers.show(actual) + "."
                    + (actual.length > expected.length ? " A zero exactly on a grid point counts once: a subinterval "
                            + "needs strictly opposite signs (one < 0, the other > 0) at its ends." : ""));
        }
        double h = (to - from) / n;
        Checks.closeArray("criticalPoints" + call, expected, actual, ROOT,
                Hint.when(pairs -> pairs.stream().allMatch(p -> Math.abs(p.actual() - p.expected()) <= h)
                        && pairs.stream().anyMatch(p -> !ROOT.isClose(p.actual(), p.expected())),
                        "your points are in the right subintervals but not refined: bisect each bracket until it is "
                                + "narrower than 1e-10."));
        Copies.distinct("criticalPoints" + call, actual, student.criticalPoints(fPrime, from, to, n));
        boolean extremum = reference.hasLocalExtremum(fPrime, from, to, n);
        Checks.that(student.hasLocalExtremum(fPrime, from, to, n) == extremum, "hasLocalExtremum" + call
                + ": expected " + extremum + ", got " + !extremum + "." + (extremum
                        ? " f' is positive at one grid point and negative at another, so f turns somewhere between."
                        : " f' never takes both signs on the grid: a zero that f' only touches is no maximum or minimum."));
    }
}
