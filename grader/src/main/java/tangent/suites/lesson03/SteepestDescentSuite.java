package tangent.suites.lesson03;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.Surface;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson03.ReferenceSteepestDescent;
import tangent.reference.lesson03.Surfaces;

/** Steepest descent against minus the exact gradient, and descent paths against the reference's. */
@Grades(SteepestDescent.class)
class SteepestDescentSuite {

    /** Minus a polynomial's gradient: rounding only. */
    private static final Tolerance EXACT = Tolerance.of(1e-12, 1e-9);
    /**
     * A path repeats p + rate * d: each step adds rounding of about 1e-16 relative, and the maps here
     * contract (or, on x^2 + y^3, grow by at most a few percent a step over 10 steps), so after 60
     * steps the drift stays below 1e-12; 1e-9 relative leaves room for d computed in another order.
     */
    private static final Tolerance PATH = Tolerance.of(1e-12, 1e-9);

    private static final String UPHILL = "your direction points uphill: that is the gradient itself. The steepest "
            + "descent is minus the gradient.";

    private final ReferenceSteepestDescent reference = new ReferenceSteepestDescent();

    @Test
    @Points(2)
    @DisplayName("steepest descent on x^2 + y^2: (-2, -2) at (1, 1), (-2, 0) at (1, 0), (0, 0) at (0, 0)")
    void theTextsDescent(SteepestDescent student) {
        checkDescent(student, Surface.SUM_OF_SQUARES, 1, 1);
        checkDescent(student, Surface.SUM_OF_SQUARES, 1, 0);
        double[] answer = checkDescent(student, Surface.SUM_OF_SQUARES, 0, 0);
        Copies.fresh("steepestDescent(SUM_OF_SQUARES, 0, 0)",
                () -> student.steepestDescent(Surface.SUM_OF_SQUARES, 0, 0));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("steepest descent of every function at random points")
    void descentAtRandomPoints(SteepestDescent student, RandomGenerator random) {
        for (Surface f : Surface.values()) {
            for (int i = 0; i < 10; i++) {
                checkDescent(student, f, random.nextDouble() * 20 - 10, random.nextDouble() * 20 - 10);
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("the ball rolls down x^2 + y^2 from (1, 1) with rate 0.1: (0.8, 0.8), (0.64, 0.64), ... to the origin")
    void theBallRollsToTheOrigin(SteepestDescent student) {
        checkPath(student, Surface.SUM_OF_SQUARES, 1, 1, 0.1, 50);
        // At the bottom every step stays put: the rows are equal, but each must still be its own array.
        double[][] resting = checkPath(student, Surface.SUM_OF_SQUARES, 0, 0, 0.1, 3);
        Copies.freshRows("descentPath(SUM_OF_SQUARES, 0, 0, 0.1, 3)",
                () -> student.descentPath(Surface.SUM_OF_SQUARES, 0, 0, 0.1, 3));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("descent paths elsewhere: into the valley y = -x of (x + y)^2, down x^2 + y^3, on the bowl")
    void pathsElsewhere(SteepestDescent student, RandomGenerator random) {
        double[][] valley = checkPath(student, Surface.SQUARE_OF_SUM, 2, 0, 0.1, 40);
        double[] end = valley[valley.length - 1];
        Checks.that(Math.abs(end[0] - 1) < 1e-6 && Math.abs(end[1] + 1) < 1e-6, "descentPath(SQUARE_OF_SUM, 2, 0, 0.1, 40) "
                + "should end near (1, -1) in the valley y = -x, but ends at (" + Numbers.show(end[0]) + ", "
                + Numbers.show(end[1]) + ").");
        for (int i = 0; i < 3; i++) {
            checkPath(student, Surface.SQUARE_OF_SUM, random.nextDouble() * 6 - 3, random.nextDouble() * 6 - 3,
                    0.05 + 0.15 * random.nextDouble(), 30);
            checkPath(student, Surface.SUM_OF_SQUARES, random.nextDouble() * 6 - 3, random.nextDouble() * 6 - 3,
                    0.05 + 0.4 * random.nextDouble(), 30);
        }
        checkPath(student, Surface.SQUARE_PLUS_CUBE, 2, 3, 0.01, 10);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a path of 0 steps is its start; a rate that is not positive, or fewer than 0 steps, is refused")
    void pathEdgeCases(SteepestDescent student) {
        double[][] start = checkPath(student, Surface.SUM_OF_SQUARES, 1.5, -2, 0.1, 0);
        Copies.freshRows("descentPath(SUM_OF_SQUARES, 1.5, -2, 0.1, 0)",
                () -> student.descentPath(Surface.SUM_OF_SQUARES, 1.5, -2, 0.1, 0));
        for (double rate : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("descentPath(SUM_OF_SQUARES, 1, 1, " + rate + ", 10)", IllegalArgumentException.class,
                    () -> student.descentPath(Surface.SUM_OF_SQUARES, 1, 1, rate, 10));
        }
        Checks.refuses("descentPath(SUM_OF_SQUARES, 1, 1, 0.1, -1)", IllegalArgumentException.class,
                () -> student.descentPath(Surface.SUM_OF_SQUARES, 1, 1, 0.1, -1));
    }

    /** Checks the direction at (x, y) and returns the student's array. */
    private double[] checkDescent(SteepestDescent student, Surface f, double x, double y) {
        double[] expected = reference.steepestDescent(f, x, y);
        double[] answer = student.steepestDescent(f, x, y);
        Checks.closeArray("steepestDescent(" + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ") of "
                + f.formula(), expected, answer, EXACT, Hint.factor(-1, UPHILL),
                Hint.matches(List.of(expected[1], expected[0]), "the components are in the other order: first "
                        + "-df/dx, then -df/dy."));
        return answer;
    }

    /** Checks a whole path against the reference's and returns the student's. */
    private double[][] checkPath(SteepestDescent student, Surface f, double x, double y, double rate, int steps) {
        String call = "descentPath(" + f.name() + ", " + Numbers.show(x) + ", " + Numbers.show(y) + ", " + Numbers.show(rate)
                + ", " + steps + ")";
        double[][] expected = reference.descentPath(f, x, y, rate, steps);
        double[][] actual = student.descentPath(f, x, y, rate, steps);
        Checks.that(actual != null && actual.length == steps + 1, call + " should return " + (steps + 1) + " points (the "
                + "start, then one per step), got " + (actual == null ? "null" : actual.length + "") + ".");
        Checks.closeMatrix(call, expected, actual, PATH, Hint.matches(uphill(f, x, y, rate, steps),
                "your path climbs: each step must go along minus the gradient, p + rate * (-grad f(p))."));
        return actual;
    }

    /** The path a descent that forgot the minus sign takes. */
    private static double[][] uphill(Surface f, double x, double y, double rate, int steps) {
        double[][] path = new double[steps + 1][];
        path[0] = new double[] {x, y};
        for (int k = 0; k < steps; k++) {
            double[] g = Surfaces.gradient(f, path[k][0], path[k][1]);
            path[k + 1] = new double[] {path[k][0] + rate * g[0], path[k][1] + rate * g[1]};
        }
        return path;
    }
}
