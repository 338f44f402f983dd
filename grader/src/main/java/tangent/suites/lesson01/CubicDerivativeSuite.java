package tangent.suites.lesson01;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson01.CubicDerivative;
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

    /** The mistakes that explain wrong derivatives of this cubic. */
    private static final Hint[] DERIVATIVE_HINTS = {
        Hint.whenAnswerIs(x -> 3 * x * x + 4 * x, "check the sign of the 4x term: the derivative of -2x^2 is -4x."),
        Hint.whenAnswerIs(x -> 3 * x * x - 4 * x + 1, "the derivative of the constant 1 is 0."),
        Hint.whenAnswerIs(x -> 3 * x * x - 2 * x, "the power rule brings the exponent down: d/dx 2x^2 = 4x."),
        Hint.whenAnswerIs(x -> x * x - 4 * x, "the power rule brings the exponent down: d/dx x^3 = 3x^2."),
        Hint.whenAnswerIs(x -> x * x * x - 2 * x * x + 1, "that is f itself: differentiate it."),
        Hint.signFlip()};

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
                    Hint.matches(boxed(exact), "these are the exact derivatives; the rate of change is the forward "
                            + "quotient (f(x+dx) - f(x)) / dx, which differs from f'(x) by about f''(x) dx / 2."),
                    Hint.matches(boxed(central), "that is the central quotient; the rate of change here is the forward "
                            + "one, (f(x+dx) - f(x)) / dx."));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("rate of change: no points gives no rates, and a zero step is refused")
    void rateOfChangeEdgeCases(CubicDerivative student) {
        Checks.closeArray("rateOfChange({}, 0.0001)", new double[0], student.rateOfChange(new double[0], 1e-4), RATE);
        Checks.refuses("rateOfChange({1, 2}, 0)", IllegalArgumentException.class,
                () -> student.rateOfChange(new double[] {1, 2}, 0));
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
    @DisplayName("largest disagreement over other ranges, steps and point counts")
    void largestDisagreementElsewhere(CubicDerivative student, RandomGenerator random) {
        for (int i = 0; i < 5; i++) {
            double from = -random.nextDouble() * 5;
            double to = random.nextDouble() * 5;
            double dx = Math.pow(10, -1 - 3 * random.nextDouble());
            int n = 2 + random.nextInt(300);
            Checks.close("largestDisagreement(" + Numbers.show(dx) + ", " + Numbers.show(from) + ", " + Numbers.show(to)
                    + ", " + n + ")", reference.largestDisagreement(dx, from, to, n),
                    student.largestDisagreement(dx, from, to, n), Tolerance.of(1e-9, 1e-6));
        }
        Checks.refuses("largestDisagreement(0.0001, -10, 10, 1)", IllegalArgumentException.class,
                () -> student.largestDisagreement(1e-4, -10, 10, 1));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
