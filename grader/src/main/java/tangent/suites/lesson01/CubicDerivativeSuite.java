package tangent.suites.lesson01;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson01.CubicDerivative;
import tangent.exercises.lesson01.CubicDerivativeMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson01.ReferenceCubicDerivative;

/** f(x) = x^3 - 2x^2 + 1: its derivative by the rules, as text and as a function, and the rate of change. */
@Grades(CubicDerivative.class)
class CubicDerivativeSuite {

    /** A polynomial evaluated in another order differs by rounding only. */
    private static final Tolerance DERIVATIVE = Tolerance.of(1e-9, 1e-12);
    /**
     * Forward quotients divide rounding noise in f (about 1e-16 |f|) by dx: at |x| &lt;= 10 and dx
     * = 1e-4 that is below 1e-9, far under these tolerances.
     */
    private static final Tolerance RATE = Tolerance.of(1e-6, 1e-9);

    private final ReferenceCubicDerivative reference = new ReferenceCubicDerivative();

    /** The mistakes that explain wrong derivatives of this cubic, shared with the public samples. */
    private static final Hint[] DERIVATIVE_HINTS = CubicDerivativeMistakes.derivative();

    @Test
    @Points(2)
    @DisplayName("f'(x) at the integers from -10 to 10")
    void derivativeAtIntegers(CubicDerivative student) {
        double[] xs = new double[21];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i - 10;
        }
        Checks.closeAt("f'", xs, reference::derivative, student::derivative, DERIVATIVE, DERIVATIVE_HINTS);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("f'(x) at random points, small and large")
    void derivativeAtRandomPoints(CubicDerivative student, RandomGenerator random) {
        double[] xs = new double[30];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (random.nextDouble() * 2 - 1) * (i < 20 ? 10 : 1000);
        }
        Checks.closeAt("f'", xs, reference::derivative, student::derivative, DERIVATIVE, DERIVATIVE_HINTS);
    }

    @Test
    @Points(3)
    @DisplayName("f'(x) written as an expression is equivalent to the derivative by the rules")
    void expressionIsEquivalent(CubicDerivative student, RandomGenerator random) {
        ExpressionCheck.in("x").withDomain("x", -3, 3).check("derivativeExpression()",
                student.derivativeExpression(), reference.derivativeExpression(), random, DERIVATIVE_HINTS);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("rate of change is the forward quotient at each point, for several steps")
    void rateOfChangeIsTheForwardQuotient(CubicDerivative student, RandomGenerator random) {
        double[] xs = new double[25];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextDouble() * 20 - 10;
        }
        for (double dx : new double[] {1e-4, 0.01, 0.5, -0.1}) {
            double[] exact = new double[xs.length];
            double[] central = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                exact[i] = reference.derivative(xs[i]);
                double x = xs[i];
                central[i] = (ReferenceCubicDerivative.value(x + dx) - ReferenceCubicDerivative.value(x - dx)) / (2 * dx);
            }
            Checks.closeArray("rateOfChange(xs, " + Numbers.show(dx) + ")", reference.rateOfChange(xs, dx),
                    student.rateOfChange(xs.clone(), dx), RATE,
                    Hint.matches(Numbers.boxed(exact), "these are the exact derivatives; the rate of change is the forward "
                            + "quotient (f(x+dx) - f(x)) / dx, which differs from f'(x) by about f''(x) dx / 2."),
                    Hint.matches(Numbers.boxed(central), "that is the central quotient; the rate of change here is the forward "
                            + "one, (f(x+dx) - f(x)) / dx."));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("rate of change: no points gives no rates, a new array each time, the caller's points left alone, "
            + "and a zero or non-finite step is refused")
    void rateOfChangeEdgeCases(CubicDerivative student) {
        Checks.closeArray("rateOfChange({}, 0.0001)", new double[0], student.rateOfChange(new double[0], 1e-4), RATE);
        double[] xs = {-2, 0, 1.5, 3};
        double[] given = xs.clone();
        double[] first = student.rateOfChange(given, 0.01);
        // "a new array" and the caller's points are promises about objects, so they are checked exactly
        Checks.that(Arrays.equals(xs, given), "rateOfChange changed the points it was given: they were "
                + Numbers.show(xs) + ", now " + Numbers.show(given) + ". Write the rates into a new array.");
        Checks.that(first != given, "rateOfChange returned the array of points it was given: return a new array.");
        Checks.closeArray("rateOfChange(" + Numbers.show(xs) + ", 0.01)", reference.rateOfChange(xs, 0.01), first, RATE);
        double[] second = student.rateOfChange(given, 0.01);
        Checks.that(second != first, "rateOfChange returned the same array object twice: each call must return a new "
                + "array, or the caller's first result changes when the second is written.");
        for (double dx : new double[] {0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Checks.refuses("rateOfChange({1, 2}, " + Numbers.show(dx) + ")", IllegalArgumentException.class,
                    () -> student.rateOfChange(new double[] {1, 2}, dx));
        }
    }

    @Test
    @Points(2)
    @DisplayName("rule and rate agree within about 0.0032 over [-10, 10] with dx = 0.0001")
    void largestDisagreementOverTheTextsRange(CubicDerivative student) {
        Checks.close("largestDisagreement(0.0001, -10, 10, 500)", reference.largestDisagreement(1e-4, -10, 10, 500),
                student.largestDisagreement(1e-4, -10, 10, 500), Tolerance.of(1e-9, 1e-6));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("largest disagreement over other ranges, steps and point counts, both ends included")
    void largestDisagreementElsewhere(CubicDerivative student, RandomGenerator random) {
        // The disagreement |(3x - 2) dx + dx^2| is largest at an end. On [-1, 10] it is at x = 10, so a linspace
        // that leaves out the last point, or a largest signed difference without |.|, misses it on every seed;
        // n = 2 is the smallest count allowed, just the two ends.
        checkDisagreement(student, 0.01, -1, 10, 12);
        checkDisagreement(student, 0.01, 0, 5, 2);
        for (int i = 0; i < 5; i++) {
            double from = -random.nextDouble() * 5;
            double to = random.nextDouble() * 5;
            double dx = Math.pow(10, -1 - 3 * random.nextDouble());
            int n = 2 + random.nextInt(300);
            checkDisagreement(student, dx, from, to, n);
        }
        for (int n : new int[] {1, 0, -3}) {
            Checks.refuses("largestDisagreement(0.0001, -10, 10, " + n + ")", IllegalArgumentException.class,
                    () -> student.largestDisagreement(1e-4, -10, 10, n));
        }
    }

    private void checkDisagreement(CubicDerivative student, double dx, double from, double to, int n) {
        double[] gaps = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double x = from + (to - from) * i / n;
            gaps[i] = reference.derivative(x) - (ReferenceCubicDerivative.value(x + dx) - ReferenceCubicDerivative.value(x)) / dx;
        }
        double lastLeftOut = 0;
        double firstLeftOut = 0;
        for (int i = 0; i < n; i++) {
            lastLeftOut = Math.max(lastLeftOut, Math.abs(gaps[i]));
            firstLeftOut = Math.max(firstLeftOut, Math.abs(gaps[i + 1]));
        }
        double signed = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = from + (to - from) * i / (n - 1);
            signed = Math.max(signed, reference.derivative(x)
                    - (ReferenceCubicDerivative.value(x + dx) - ReferenceCubicDerivative.value(x)) / dx);
        }
        Checks.close("largestDisagreement(" + Numbers.show(dx) + ", " + Numbers.show(from) + ", " + Numbers.show(to)
                + ", " + n + ")", reference.largestDisagreement(dx, from, to, n),
                student.largestDisagreement(dx, from, to, n), Tolerance.of(1e-9, 1e-6),
                Hint.matches(List.of(lastLeftOut), "that is the largest difference over n points spaced (to - from) / n, "
                        + "which leave out the last point, to itself. Like numpy's linspace, both ends are points: "
                        + "x_i = from + i (to - from) / (n - 1) for i = 0, ..., n - 1."),
                Hint.matches(List.of(firstLeftOut), "that is the largest difference over n points spaced (to - from) / n "
                        + "that start one step after from. Like numpy's linspace, both ends are points: "
                        + "x_i = from + i (to - from) / (n - 1) for i = 0, ..., n - 1."),
                Hint.matches(List.of(signed), "that is the largest signed difference f'(x) - rate(x); the task asks for "
                        + "the largest absolute difference |f'(x) - rate(x)|."));
    }

}
