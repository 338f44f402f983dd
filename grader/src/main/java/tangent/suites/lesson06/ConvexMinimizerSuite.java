package tangent.suites.lesson06;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson06.ConvexMinimizer;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson06.ReferenceConvexMinimizer;

/**
 * The student's minimizer on text 003's bowl, on random bowls against their known minimizers, and
 * on non-quadratic convex functions against Commons Math's nonlinear conjugate gradient optimizer
 * (the reference).
 */
@Grades(ConvexMinimizer.class)
class ConvexMinimizerSuite {

    /**
     * The task's requirement. A line search on values of f stalls where f's changes drop below its
     * rounding (|f| 1e-16): with |f| &lt;= 20 and curvature &lt;= 50 that leaves |grad f| below
     * about 1e-6, so within 2e-6 of the minimizer (curvature &gt;= 0.5). The reference is within
     * about 1e-8.
     */
    private static final Tolerance POINT = Tolerance.of(1e-5, 0);

    private final ReferenceConvexMinimizer reference = new ReferenceConvexMinimizer();

    @Test
    @Points(3)
    @DisplayName("text 003's bowl 0.5x^2 + 2y^2 from (10, 12) has its minimum at (0, 0)")
    void theTextsBowl(ConvexMinimizer student) {
        check(student, new ConvexFunctions.Convex("f(x, y) = 0.5x^2 + 2y^2",
                v -> 0.5 * v[0] * v[0] + 2 * v[1] * v[1], v -> new double[] {v[0], 4 * v[1]}, new double[] {0, 0}),
                new double[] {10, 12});
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("random bowls in 1 to 5 variables, curvatures 0.5 to 50: the known minimizer")
    void randomBowls(ConvexMinimizer student, RandomGenerator random) {
        for (int i = 0; i < 5; i++) {
            int n = 1 + i;
            check(student, ConvexFunctions.bowl(random, n, 0.5, 50), ConvexFunctions.uniform(random, n, -20, 20));
        }
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("convex functions that are not quadratic: where Commons Math's conjugate gradients end")
    void nonQuadraticFunctions(ConvexMinimizer student, RandomGenerator random) {
        for (int i = 0; i < 4; i++) {
            int n = 1 + random.nextInt(5);
            check(student, ConvexFunctions.softened(random, n), ConvexFunctions.uniform(random, n, -20, 20));
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("badly scaled bowls: curvature 0.5 one way and 50 another")
    void badlyScaledBowls(ConvexMinimizer student, RandomGenerator random) {
        check(student, ConvexFunctions.bowl(random, new double[] {0.5, 50}), ConvexFunctions.uniform(random, 2, -20, 20));
        check(student, ConvexFunctions.bowl(random, new double[] {50, 0.5}), ConvexFunctions.uniform(random, 2, -20, 20));
        check(student, ConvexFunctions.bowl(random, new double[] {0.5, 5, 50}), ConvexFunctions.uniform(random, 3, -20, 20));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a start at the minimum comes back as a new array; an empty, null or non-finite start is refused")
    void startAtTheMinimum(ConvexMinimizer student, RandomGenerator random) {
        ConvexFunctions.Convex bowl = ConvexFunctions.bowl(random, 3, 0.5, 50);
        // Already there: the realistic shortcut is to hand the start back, which the task forbids
        // (a new array); check() rejects the start itself, and here a result handed out twice.
        double[] start = bowl.minimum().clone();
        double[] first = check(student, bowl, start);
        Copies.distinct("minimize(" + bowl.name() + ", start at the minimum)", first,
                student.minimize(bowl.f(), bowl.gradient(), start.clone()));
        Checks.refuses("minimize(f, gradient, {})", IllegalArgumentException.class,
                () -> student.minimize(bowl.f(), bowl.gradient(), new double[0]));
        Checks.refuses("minimize(f, gradient, null)", IllegalArgumentException.class,
                () -> student.minimize(bowl.f(), bowl.gradient(), null));
        Checks.refuses("minimize(f, gradient, {NaN, 0, 0})", IllegalArgumentException.class,
                () -> student.minimize(bowl.f(), bowl.gradient(), new double[] {Double.NaN, 0, 0}));
        Checks.refuses("minimize(f, gradient, {0, Infinity, 0})", IllegalArgumentException.class,
                () -> student.minimize(bowl.f(), bowl.gradient(), new double[] {0, Double.POSITIVE_INFINITY, 0}));
    }

    private double[] check(ConvexMinimizer student, ConvexFunctions.Convex function, double[] start) {
        double[] expected = function.minimum() != null ? function.minimum()
                : reference.minimize(function.f(), function.gradient(), start.clone());
        String source = function.minimum() != null ? "" : " (Commons Math's NonLinearConjugateGradientOptimizer)";
        double[] given = start.clone();
        double[] actual = student.minimize(function.f(), function.gradient(), given);
        String what = "minimize(" + function.name() + ", start " + Numbers.show(start) + ")";
        Checks.that(actual != null && actual.length == start.length, what + ": expected a point with " + start.length
                + " coordinate(s)" + source + ", " + Numbers.show(expected) + ", got " + Numbers.show(actual) + ".");
        Checks.closeArray(what + source, expected, actual, POINT,
                Hint.matches(start, "that is the start: your minimizer did not move. Does its loop run?"),
                Hint.when(pairs -> pairs.stream().anyMatch(p -> !Double.isFinite(p.actual())),
                        "your steps blew up. A fixed rate diverges where the curvature is large (above 2/rate): "
                                + "halve the step until f decreases enough (a backtracking line search)."),
                Hint.when(pairs -> pairs.stream().allMatch(p -> Math.abs(p.actual() - p.expected()) < 0.01),
                        "close, but not there yet: keep going until |grad f| <= 1e-7, or until no step lowers f."));
        Checks.that(Arrays.equals(given, start), what + " changed the start array it was given.");
        Checks.that(actual != given, what + " returned the start array it was given: return a new array, or the "
                + "caller's start and your answer are one array.");
        return actual;
    }
}
