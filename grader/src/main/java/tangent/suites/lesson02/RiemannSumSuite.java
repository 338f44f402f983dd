package tangent.suites.lesson02;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson02.RiemannSum;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson02.ReferenceRiemannSum;

/** The grid of numpy's arange on [a, b), the left Riemann sum over it, and its running sum. */
@Grades(RiemannSum.class)
class RiemannSumSuite {

    /**
     * Points computed as a + i dx agree exactly; points built by adding dx again and again drift
     * by about n eps |x|, under 1e-10 for the n &lt;= 20,000 and |x| &lt;= 15 used here.
     */
    static final Tolerance POINT = Tolerance.of(1e-9, 1e-12);
    /**
     * Sums of n &lt;= 20,000 terms in another order differ by about n eps sum |f dx|, and drifted
     * points move the sum by at most (b - a) max |f'| 1e-10: both far below 1e-7. Counting one
     * point too many or too few changes the sum by f dx, far above it.
     */
    static final Tolerance SUM = Tolerance.of(1e-7, 1e-9);

    private final ReferenceRiemannSum reference = new ReferenceRiemannSum();

    @Test
    @Points(2)
    @DisplayName("points of [-10, 10) with dx = 0.1: 200 of them, from -10 to 9.9; points(0, 1, 0.3) and points(0, 2, 0.5)")
    void pointsOfTheTextsGrid(RiemannSum student) {
        checkPoints(student, -10, 10, 0.1);
        // the Javadoc's examples: ceil(1 / 0.3) = 4 points (rounding gives 3), and 2 / 0.5 = 4 exactly (b left out)
        checkPoints(student, 0, 1, 0.3);
        checkPoints(student, 0, 2, 0.5);
    }

    @Test
    @Points(2)
    @DisplayName("Riemann sums of 2x (-2) and 3x^2 - 4x on [-10, 10) with dx = 0.1")
    void sumsOfTheTextsFunctions(RiemannSum student) {
        List<Functions.Named> fs = List.of(Functions.TWO_X, Functions.THREE_X_SQUARED_MINUS_FOUR_X);
        double[] expected = new double[2];
        double[] actual = new double[2];
        for (int k = 0; k < 2; k++) {
            expected[k] = reference.sum(fs.get(k).f(), -10, 10, 0.1);
            actual[k] = student.sum(fs.get(k).f(), -10, 10, 0.1);
        }
        Checks.closeArray("{sum(2x, -10, 10, 0.1), sum(3x^2 - 4x, -10, 10, 0.1)}", expected, actual, SUM,
                sumHints(fs, -10, 10, 0.1));
    }

    @Test
    @Points(2)
    @DisplayName("running sum of 2x on [-10, 10) with dx = 0.1: -2, -3.98, ..., -2")
    void runningSumOfTheText(RiemannSum student) {
        checkRunningSum(student, Functions.TWO_X, -10, 10, 0.1);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("grids whose step divides b - a exactly: b is never a point")
    void gridsEndingExactlyAtB(RiemannSum student, RandomGenerator random) {
        for (int k = 0; k < 6; k++) {
            double[] g = Functions.exactGrid(random);
            checkPoints(student, g[0], g[1], g[2]);
            Functions.Named f = Functions.pick(random);
            Checks.close("sum(" + f.name() + ", " + Functions.show(g[0], g[1], g[2]) + ")",
                    reference.sum(f.f(), g[0], g[1], g[2]), student.sum(f.f(), g[0], g[1], g[2]), SUM,
                    sumHints(List.of(f), g[0], g[1], g[2]));
        }
        checkPoints(student, 0, 1, 0.1);
        checkPoints(student, -1, 1, 0.2);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("points, sums and running sums of several functions on random intervals and steps")
    void randomGrids(RiemannSum student, RandomGenerator random) {
        for (int k = 0; k < 8; k++) {
            double[] g = Functions.grid(random);
            Functions.Named f = Functions.pick(random);
            checkPoints(student, g[0], g[1], g[2]);
            Checks.close("sum(" + f.name() + ", " + Functions.show(g[0], g[1], g[2]) + ")",
                    reference.sum(f.f(), g[0], g[1], g[2]), student.sum(f.f(), g[0], g[1], g[2]), SUM,
                    sumHints(List.of(f), g[0], g[1], g[2]));
            checkRunningSum(student, f, g[0], g[1], g[2]);
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("smaller steps on [-10, 10): the sum of 2x is -20 dx, shrinking with dx")
    void smallerSteps(RiemannSum student) {
        for (double dx : new double[] {0.01, 0.001}) {
            checkPoints(student, -10, 10, dx);
            Checks.close("sum(2x, -10, 10, " + Numbers.show(dx) + ")", reference.sum(Functions.TWO_X.f(), -10, 10, dx),
                    student.sum(Functions.TWO_X.f(), -10, 10, dx), SUM, sumHints(List.of(Functions.TWO_X), -10, 10, dx));
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("b <= a gives no points and a sum of 0; bad steps and limits are refused, even with no points; "
            + "each call returns a new array")
    void emptyAndRefused(RiemannSum student) {
        DoubleUnaryOperator f = Math::cos;
        Checks.closeArray("points(1, 1, 0.1)", new double[0], student.points(1, 1, 0.1), POINT);
        Checks.closeArray("points(2, -3, 0.5)", new double[0], student.points(2, -3, 0.5), POINT);
        Checks.closeArray("runningSum(cos, 2, -3, 0.5)", new double[0], student.runningSum(f, 2, -3, 0.5), SUM);
        Checks.closeArray("runningSum(cos, 1, 1, 0.1)", new double[0], student.runningSum(f, 1, 1, 0.1), SUM);
        Checks.close("sum(cos, 2, -3, 0.5)", 0, student.sum(f, 2, -3, 0.5), SUM);
        // Every method, every refusal; the interval [1, 1) has no points, and a bad step or limit is still refused.
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        double[][] bad = {{0, 1, 0}, {0, 1, -0.1}, {0, 1, nan}, {0, 1, inf}, {1, 1, 0}, {2, -3, -0.5},
            {nan, 1, 0.1}, {0, nan, 0.1}, {-inf, 1, 0.1}, {0, inf, 0.1}, {0, -inf, 0.1}, {inf, 1, 0.1}};
        for (double[] g : bad) {
            String args = Numbers.show(g[0]) + ", " + Numbers.show(g[1]) + ", " + Numbers.show(g[2]) + ")";
            Checks.refuses("points(" + args, IllegalArgumentException.class, () -> student.points(g[0], g[1], g[2]));
            Checks.refuses("sum(cos, " + args, IllegalArgumentException.class, () -> student.sum(f, g[0], g[1], g[2]));
            Checks.refuses("runningSum(cos, " + args, IllegalArgumentException.class,
                    () -> student.runningSum(f, g[0], g[1], g[2]));
        }
        // "a new array": two calls must not hand out one shared (cached) array
        Checks.that(student.points(0, 1, 0.25) != student.points(0, 1, 0.25),
                "points returned the same array object twice: each call must return a new array.");
        Checks.that(student.runningSum(f, 0, 1, 0.25) != student.runningSum(f, 0, 1, 0.25),
                "runningSum returned the same array object twice: each call must return a new array.");
    }

    // ---- shared checks ---------------------------------------------------------------------

    /** The student's points on [a, b), count first with a reason for the usual miscounts. */
    private void checkPoints(RiemannSum student, double a, double b, double dx) {
        String what = "points(" + Functions.show(a, b, dx) + ")";
        double[] expected = reference.points(a, b, dx);
        double[] actual = student.points(a, b, dx);
        boolean some = actual != null && actual.length > 0;
        checkCount(what, expected.length, actual, a, b, some ? actual[0] : Double.NaN,
                some ? actual[actual.length - 1] : Double.NaN);
        Checks.closeArray(what, expected, actual, POINT);
    }

    private void checkRunningSum(RiemannSum student, Functions.Named f, double a, double b, double dx) {
        String what = "runningSum(" + f.name() + ", " + Functions.show(a, b, dx) + ")";
        double[] expected = reference.runningSum(f.f(), a, b, dx);
        double[] actual = student.runningSum(f.f(), a, b, dx);
        checkCount(what, expected.length, actual, a, b, Double.NaN, Double.NaN);
        double[] right = new double[expected.length];
        double total = 0;
        for (int i = 0; i < right.length; i++) {
            total += f.f().applyAsDouble(a + (i + 1) * dx) * dx;
            right[i] = total;
        }
        Checks.closeArray(what, expected, actual, SUM,
                Hint.matches(Numbers.boxed(right), "these are right-end rectangles, f(x_i + dx) dx; the text's sum takes f at "
                        + "the left end of each step, f(x_i) dx, starting with f(a) dx."),
                Hint.signFlip());
    }

    /** The usual wrong sums: b included, right-end rectangles, midpoints. */
    private Hint[] sumHints(List<Functions.Named> fs, double a, double b, double dx) {
        int n = reference.points(a, b, dx).length;
        double[] withB = new double[fs.size()];
        double[] right = new double[fs.size()];
        double[] midpoint = new double[fs.size()];
        for (int k = 0; k < fs.size(); k++) {
            DoubleUnaryOperator f = fs.get(k).f();
            withB[k] = rectangles(f, a, dx, n + 1, 0);
            right[k] = rectangles(f, a, dx, n, 1);
            midpoint[k] = rectangles(f, a, dx, n, 0.5);
        }
        return new Hint[] {
            Hint.matches(Numbers.boxed(withB), "your sum has one term too many, at x = b (or at b up to rounding): [a, b) "
                    + "leaves b out, and the text's sum stops at f(9.9) 0.1. Count n = ceil((b - a) / dx) points "
                    + "x_i = a + i dx; adding dx again and again drifts and can produce an extra point just below b."),
            Hint.matches(Numbers.boxed(right), "this sums f at the right end of each step; the text's rectangles take f at "
                    + "the left end, f(a) dx + f(a + dx) dx + ..."),
            Hint.matches(Numbers.boxed(midpoint), "this is the midpoint rule; the text's rectangles take f at the left end "
                    + "of each step.")};
    }

    /** f(a + (i + shift) dx) dx summed over i &lt; n. */
    private static double rectangles(DoubleUnaryOperator f, double a, double dx, int n, double shift) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += f.applyAsDouble(a + (i + shift) * dx) * dx;
        }
        return total;
    }

    /**
     * The number of values first, with the reason for the usual miscounts. {@code first} and
     * {@code last} are the student's first and last points when the values are points (NaN otherwise).
     */
    private static void checkCount(String what, int expected, double[] actual, double a, double b, double first,
            double last) {
        Checks.that(actual != null, what + ": expected " + expected + " values, got null.");
        if (actual.length == expected) {
            return;
        }
        String message = what + ": expected " + expected + " values, one per point of [a, b), got " + actual.length + ".";
        if (actual.length == expected + 1 && last == b) {
            message += " Hint: your last point is b = " + Numbers.show(b) + " itself, but [a, b) leaves b out, as "
                    + "numpy's arange does: the text's sum stops at f(9.9) 0.1. There are n = ceil((b - a) / dx) "
                    + "points.";
        } else if (actual.length == expected + 1) {
            message += " Hint: there is one too many. b = " + Numbers.show(b) + " is not a point of [a, b) (the "
                    + "text's sum stops at f(9.9) 0.1); and if you add dx again and again, rounding can leave a last x "
                    + "just below b. Compute x_i = a + i dx for i < n = ceil((b - a) / dx).";
        } else if (actual.length == expected - 1 && first == a) {
            message += " Hint: there is one too few, and your first point is a: count the last, shorter step too, "
                    + "n = ceil((b - a) / dx) (ceil(1 / 0.3) = 4); rounding (b - a) / dx down or to the nearest "
                    + "whole number loses it.";
        } else if (actual.length == expected - 1) {
            message += " Hint: there is one too few: the first point is a itself, and n = ceil((b - a) / dx).";
        }
        throw new AssertionError(message);
    }

}
