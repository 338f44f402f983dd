package tangent.suites.lesson06;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson06.GradientDescent1D;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson06.ReferenceGradientDescent1D;

/**
 * Gradient descent against the text's loop, step for step. A step count that is off by one is
 * invisible after the text's 100 steps (x moves by 1e-10 more), so the hidden tests take few steps.
 */
@Grades(GradientDescent1D.class)
class GradientDescent1DSuite {

    /** The same arithmetic in the same order is exact; another order differs by rounding only. */
    private static final Tolerance STEP = Tolerance.of(1e-12, 1e-9);

    private static final DoubleUnaryOperator TEXT_F = x -> x * x + 5 * x + 6;
    private static final DoubleUnaryOperator TEXT_F_PRIME = x -> 2 * x + 5;

    private final ReferenceGradientDescent1D reference = new ReferenceGradientDescent1D();

    /** A function to descend, with its derivative, both named as a student writes them. */
    private record Smooth(String name, String primeName, DoubleUnaryOperator f, DoubleUnaryOperator fPrime) {
    }

    private static final Smooth TEXT = new Smooth("x^2 + 5x + 6", "2x + 5", TEXT_F, TEXT_F_PRIME);

    @Test
    @Points(3)
    @DisplayName("the text's run: x^2 + 5x + 6 from 0, rate 0.1, 100 steps ends at x = -2.50, f = -0.25")
    void theTextsRun(GradientDescent1D student) {
        checkDescend(student, TEXT, 0, 0.1, 100);
    }

    @Test
    @Points(2)
    @DisplayName("the first three steps of the text's run: 0, -0.5, -0.9, -1.22")
    void theFirstThreeSteps(GradientDescent1D student) {
        checkTrajectory(student, TEXT, 0, 0.1, 3);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("descend on other functions, starts, rates and 1 to 20 steps")
    void descendElsewhere(GradientDescent1D student, RandomGenerator random) {
        for (int i = 0; i < 10; i++) {
            checkDescend(student, pick(random), -2 + 4 * random.nextDouble(), 0.01 + 0.2 * random.nextDouble(),
                    1 + random.nextInt(20));
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("trajectories on other functions, starts, rates and 1 to 20 steps")
    void trajectoriesElsewhere(GradientDescent1D student, RandomGenerator random) {
        for (int i = 0; i < 10; i++) {
            checkTrajectory(student, pick(random), -2 + 4 * random.nextDouble(), 0.01 + 0.2 * random.nextDouble(),
                    1 + random.nextInt(20));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("zero steps leave the start; negative steps, bad rates and bad starts are refused")
    void zeroStepsAndBadInput(GradientDescent1D student) {
        checkDescend(student, TEXT, 3, 0.1, 0);
        checkTrajectory(student, TEXT, 3, 0.1, 0);
        Checks.refuses("trajectory(2x + 5, 0, 0.1, -1)", IllegalArgumentException.class,
                () -> student.trajectory(TEXT_F_PRIME, 0, 0.1, -1));
        Checks.refuses("descend(x^2 + 5x + 6, 2x + 5, 0, 0.1, -1)", IllegalArgumentException.class,
                () -> student.descend(TEXT_F, TEXT_F_PRIME, 0, 0.1, -1));
        for (double rate : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("trajectory(2x + 5, 0, " + rate + ", 10)", IllegalArgumentException.class,
                    () -> student.trajectory(TEXT_F_PRIME, 0, rate, 10));
        }
        for (double rate : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("descend(x^2 + 5x + 6, 2x + 5, 0, " + rate + ", 10)", IllegalArgumentException.class,
                    () -> student.descend(TEXT_F, TEXT_F_PRIME, 0, rate, 10));
        }
        for (double start : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Checks.refuses("trajectory(2x + 5, " + start + ", 0.1, 10)", IllegalArgumentException.class,
                    () -> student.trajectory(TEXT_F_PRIME, start, 0.1, 10));
            Checks.refuses("descend(x^2 + 5x + 6, 2x + 5, " + start + ", 0.1, 10)", IllegalArgumentException.class,
                    () -> student.descend(TEXT_F, TEXT_F_PRIME, start, 0.1, 10));
        }
    }

    private void checkDescend(GradientDescent1D student, Smooth f, double start, double rate, int steps) {
        String what = "descend(" + f.name() + ", " + f.primeName() + ", " + Numbers.show(start) + ", " + Numbers.show(rate) + ", " + steps + ")";
        double[] expected = reference.descend(f.f(), f.fPrime(), start, rate, steps);
        double[] actual = student.descend(f.f(), f.fPrime(), start, rate, steps);
        Checks.that(actual == null || actual.length == 2, what + ": expected {x, f(x)} = " + Numbers.show(expected)
                + ", got " + Numbers.show(actual) + ": return two numbers, where descent ends and f there.");
        Checks.closeArray(what, expected, actual, STEP, hints(f, start, rate, steps, true));
        Copies.distinct(what, actual, student.descend(f.f(), f.fPrime(), start, rate, steps));
    }

    private void checkTrajectory(GradientDescent1D student, Smooth f, double start, double rate, int steps) {
        String what = "trajectory(" + f.primeName() + ", " + Numbers.show(start) + ", " + Numbers.show(rate) + ", " + steps + ")";
        double[] expected = reference.trajectory(f.fPrime(), start, rate, steps);
        double[] actual = student.trajectory(f.fPrime(), start, rate, steps);
        Checks.that(actual != null, what + ": expected " + Numbers.show(expected) + ", got null.");
        if (actual.length != expected.length) {
            String why = actual.length == expected.length + 1 ? " That is one step too many: " + steps(steps)
                    + " give x_0 (the start) to x_" + steps + ", " + (steps + 1) + " numbers."
                    : actual.length == expected.length - 1 ? " Include the start x_0: " + steps(steps) + " give "
                    + (steps + 1) + " numbers." : "";
            Checks.that(false, what + ": expected " + expected.length + " numbers " + Numbers.show(expected) + ", got "
                    + actual.length + ": " + Numbers.show(actual) + "." + why);
        }
        Checks.closeArray(what, expected, actual, STEP, hints(f, start, rate, steps, false));
        Copies.distinct(what, actual, student.trajectory(f.fPrime(), start, rate, steps));
    }

    /** The step taken uphill, and one step too many or too few. */
    private Hint[] hints(Smooth f, double start, double rate, int steps, boolean endOnly) {
        double[] uphill = new double[steps + 1];
        uphill[0] = start;
        for (int k = 0; k < steps; k++) {
            uphill[k + 1] = uphill[k] + rate * f.fPrime().applyAsDouble(uphill[k]);
        }
        double[] climbed = endOnly ? new double[] {uphill[steps], f.f().applyAsDouble(uphill[steps])} : uphill;
        Hint climb = Hint.matches(climbed, "your steps go uphill: the update is x - rate * f'(x), "
                + "against the derivative, not x + rate * f'(x).");
        if (!endOnly) {
            return new Hint[] {climb};
        }
        double[] more = reference.descend(f.f(), f.fPrime(), start, rate, steps + 1);
        Hint tooMany = Hint.matches(more, "that is where " + steps(steps + 1) + " end: you take one step "
                + "too many (a loop from 0 to steps inclusive?).");
        if (steps == 0) {
            return new Hint[] {climb, tooMany};
        }
        double[] fewer = reference.descend(f.f(), f.fPrime(), start, rate, steps - 1);
        return new Hint[] {climb, tooMany,
            Hint.matches(fewer, "that is where " + steps(steps - 1) + " end: you take one step too few.")};
    }

    private static Smooth pick(RandomGenerator random) {
        double m = -2 + 4 * random.nextDouble();
        double a = 0.5 + 1.5 * random.nextDouble();
        String shifted = "x " + (m < 0 ? "+ " : "- ") + Numbers.show(Math.abs(m));
        return switch (random.nextInt(4)) {
            case 0 -> new Smooth(Numbers.show(a) + "(" + shifted + ")^2", Numbers.show(2 * a) + "(" + shifted + ")",
                    x -> a * (x - m) * (x - m), x -> 2 * a * (x - m));
            case 1 -> new Smooth("log(cosh(" + shifted + "))", "tanh(" + shifted + ")", x -> Math.log(Math.cosh(x - m)),
                    x -> Math.tanh(x - m));
            case 2 -> new Smooth("x^4/4 - x", "x^3 - 1", x -> x * x * x * x / 4 - x, x -> x * x * x - 1);
            default -> new Smooth("e^x - 2x", "e^x - 2", x -> Math.exp(x) - 2 * x, x -> Math.exp(x) - 2);
        };
    }

    private static String steps(int n) {
        return n + (n == 1 ? " step" : " steps");
    }
}
