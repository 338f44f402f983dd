package tangent.suites.lesson04;

import java.util.Arrays;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson04.NumericJacobian;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson04.ReferenceJacobianAtPoint;
import tangent.reference.lesson04.ReferenceNumericJacobian;

/**
 * Central-difference Jacobians against exact ones (automatic differentiation), with tolerances from
 * the scheme's error, and against the reference's central differences at a coarse step, where a
 * forward difference would be far off.
 */
@Grades(NumericJacobian.class)
class NumericJacobianSuite {

    /**
     * (2xy, x^2 y) has no third derivative along either axis, so central differences are exact but
     * for rounding: about 1e-16 |f| / h = 1e-16 * 4 / 1e-5, below 1e-10.
     */
    private static final Tolerance POLYNOMIAL = Tolerance.of(1e-8, 1e-8);
    /**
     * With h = 1e-4 the central difference errs by h^2/6 times the third derivative along the input:
     * at most 1e-9 for the random maps (|third derivative| &lt;= 1) and about 1e-8 for the sigmoid
     * layer (|S'''| &lt;= 1/8, weights up to 3, so at most 27/8), plus rounding of about 1e-16 |f| / h
     * &lt; 1e-10. 1e-7 leaves a margin of ten. (Whether the scheme is the central one is tested on its
     * own at a coarse step, where a forward difference misses by h/2 times the second derivative.)
     */
    private static final Tolerance CENTRAL = Tolerance.of(1e-7, 1e-7);
    /**
     * The same central quotients computed in another order: rounding of about 1e-16 |f| divided by
     * 2h = 0.02, so 1e-12 absolute at most for |f| &lt; 40.
     */
    private static final Tolerance SAME_SCHEME = Tolerance.of(1e-10, 1e-9);

    private static final Function<double[], double[]> PRODUCT_PAIR = a -> new double[] {2 * a[0] * a[1], a[0] * a[0] * a[1]};

    private final ReferenceNumericJacobian reference = new ReferenceNumericJacobian();

    @Test
    @Points(2)
    @DisplayName("central differences give the Jacobian of (2xy, x^2 y) at (1, 2): [[4, 2], [4, 1]]")
    void productPairAtOneTwo(NumericJacobian student) {
        double[] point = {1, 2};
        JacobianChecks.closeJacobian("jacobian((2xy, x^2 y), {1, 2}, 1e-5)", new ReferenceJacobianAtPoint().productPair(1, 2),
                student.jacobian(PRODUCT_PAIR, point.clone(), 1e-5), POLYNOMIAL);
    }

    @Test
    @Points(2)
    @DisplayName("central differences give the 3x2 Jacobian of the sigmoid layer W = [[1, 2], [-1, 0.5], [0, 3]] at (0.5, -1)")
    void theSigmoidLayer(NumericJacobian student) {
        double[][] w = {{1, 2}, {-1, 0.5}, {0, 3}};
        double[] a = {0.5, -1};
        Function<double[], double[]> layer = x -> {
            double[] out = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                double z = w[i][0] * x[0] + w[i][1] * x[1];
                out[i] = 1 / (1 + Math.exp(-z));
            }
            return out;
        };
        JacobianChecks.closeJacobian("jacobian(sigmoid layer, {0.5, -1}, 1e-4)", new ReferenceJacobianAtPoint().sigmoidLayer(w, a),
                student.jacobian(layer, a.clone(), 1e-4), CENTRAL);
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("Jacobians of random maps R^n -> R^m (n, m from 1 to 4) match the exact ones")
    void randomMapsAgainstExactJacobians(NumericJacobian student, RandomGenerator random) {
        // One input or one output on every seed: a 2x1 and a 1x2 Jacobian.
        JacobianChecks.closeJacobian("jacobian((x^2, x^3), {2}, 1e-4)", new double[][] {{4}, {12}},
                student.jacobian(a -> new double[] {a[0] * a[0], a[0] * a[0] * a[0]}, new double[] {2}, 1e-4),
                Tolerance.of(1e-7, 1e-8));
        JacobianChecks.closeJacobian("jacobian((xy), {1, 2}, 1e-4)", new double[][] {{2, 1}},
                student.jacobian(a -> new double[] {a[0] * a[1]}, new double[] {1, 2}, 1e-4), POLYNOMIAL);
        for (int k = 0; k < 10; k++) {
            VectorFunctions.Link f = VectorFunctions.random(random, 1 + random.nextInt(4), 1 + random.nextInt(4));
            double[] a = VectorFunctions.point(random, f.in(), 2);
            JacobianChecks.closeJacobian("jacobian(" + f.name() + ", " + Arrays.toString(a) + ", 1e-4)", f.jacobian(a),
                    student.jacobian(f::value, a.clone(), 1e-4), CENTRAL);
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("the scheme is the central difference: at h = 0.01 it matches (f(a + h e_j) - f(a - h e_j)) / 2h")
    void theSchemeIsCentral(NumericJacobian student, RandomGenerator random) {
        for (int k = 0; k < 6; k++) {
            VectorFunctions.Link f = VectorFunctions.random(random, 1 + random.nextInt(3), 1 + random.nextInt(3));
            double[] a = VectorFunctions.point(random, f.in(), 2);
            double h = 0.01;
            JacobianChecks.closeJacobian("jacobian(" + f.name() + ", " + Arrays.toString(a) + ", 0.01)",
                    reference.jacobian(f::value, a, h), student.jacobian(f::value, a.clone(), h), SAME_SCHEME,
                    Hint.matches(forward(f::value, a, h), "that is the forward difference (f(a + h e_j) - f(a)) / h; the "
                            + "task's scheme is the central one, (f(a + h e_j) - f(a - h e_j)) / (2h)."),
                    Hint.matches(reference.jacobian(f::value, a, h / 2), "divide by 2h: the central difference spans "
                            + "from a - h e_j to a + h e_j."));
        }
    }

    @Test
    @Points(1)
    @DisplayName("the gradient of x^2 + y^3 at (2, 3) with h = 1e-4 is (4, 27.00000001)")
    void gradientOfTheTextsFunction(NumericJacobian student) {
        double[] expected = reference.gradient(a -> a[0] * a[0] + a[1] * a[1] * a[1], new double[] {2, 3}, 1e-4);
        Checks.closeArray("gradient(x^2 + y^3, {2, 3}, 1e-4)", expected,
                student.gradient(a -> a[0] * a[0] + a[1] * a[1] * a[1], new double[] {2, 3}, 1e-4),
                // Rounding of f (about 31) divided by 2h = 2e-4: about 3e-11.
                Tolerance.of(1e-9, 1e-12), Hint.matches(java.util.List.of(4.0001, 27.00090001),
                        "that is the forward difference; the task's scheme is the central one."));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("gradients of random scalar functions of 1 to 4 variables match the exact ones")
    void gradientsOfRandomFunctions(NumericJacobian student, RandomGenerator random) {
        // One variable on every seed: (x^3)' = 12 at 2, and the central difference adds h^2 = 1e-8.
        Checks.closeArray("gradient(x^3, {2}, 1e-4)", new double[] {12.00000001},
                student.gradient(a -> a[0] * a[0] * a[0], new double[] {2}, 1e-4), Tolerance.of(1e-9, 1e-12));
        for (int k = 0; k < 8; k++) {
            VectorFunctions.Link f = VectorFunctions.random(random, 1 + random.nextInt(4), 1);
            double[] a = VectorFunctions.point(random, f.in(), 2);
            Checks.closeArray("gradient(" + f.name() + ", " + Arrays.toString(a) + ", 1e-4)", f.jacobian(a)[0],
                    student.gradient(x -> f.value(x)[0], a.clone(), 1e-4), CENTRAL);
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("bad steps and empty points are refused, the caller's point is left exactly as it was, answers are new arrays")
    void edgeCases(NumericJacobian student) {
        for (double h : new double[] {0, -1e-4, Double.NaN, Double.POSITIVE_INFINITY}) {
            Checks.refuses("jacobian((2xy, x^2 y), {1, 2}, " + h + ")", IllegalArgumentException.class,
                    () -> student.jacobian(PRODUCT_PAIR, new double[] {1, 2}, h));
            Checks.refuses("gradient(x + y, {1, 2}, " + h + ")", IllegalArgumentException.class,
                    () -> student.gradient(a -> a[0] + a[1], new double[] {1, 2}, h));
        }
        Checks.refuses("jacobian((2xy, x^2 y), {}, 1e-4)", IllegalArgumentException.class,
                () -> student.jacobian(PRODUCT_PAIR, new double[0], 1e-4));
        Checks.refuses("jacobian((2xy, x^2 y), null, 1e-4)", IllegalArgumentException.class,
                () -> student.jacobian(PRODUCT_PAIR, null, 1e-4));
        Checks.refuses("gradient(x + y, null, 1e-4)", IllegalArgumentException.class,
                () -> student.gradient(a -> 0, null, 1e-4));
        Checks.refuses("gradient(x + y, {}, 1e-4)", IllegalArgumentException.class,
                () -> student.gradient(a -> 0, new double[0], 1e-4));
        // Unchanged means bit for bit: at 1e-6, stepping out and back ((a + h) - h) drifts by a few ulps, so
        // a point "restored" after each step fails here, as one changed for good does.
        double[] point = {1.5, 1e-6};
        double[] before = Copies.snapshot(point);
        double[][] jacobian = student.jacobian(PRODUCT_PAIR, point, 1e-4);
        Copies.unchanged("the point given to jacobian((2xy, x^2 y), {1.5, 1e-6}, 1e-4)", before, point);
        double[] gradient = student.gradient(a -> a[0] * a[1], point, 1e-4);
        Copies.unchanged("the point given to gradient(xy, {1.5, 1e-6}, 1e-4)", before, point);
        // And the answers are new arrays: not the point, not shared between calls.
        Copies.notAliased("jacobian((2xy, x^2 y), {1.5, 1e-6}, 1e-4)", jacobian, point);
        Copies.notAliased("gradient(xy, {1.5, 1e-6}, 1e-4)", gradient, point);
        Copies.freshRows("jacobian((2xy, x^2 y), {1.5, 1e-6}, 1e-4)",
                () -> student.jacobian(PRODUCT_PAIR, Copies.snapshot(before), 1e-4));
        Copies.fresh("gradient(xy, {1.5, 1e-6}, 1e-4)", () -> student.gradient(a -> a[0] * a[1], Copies.snapshot(before), 1e-4));
        // "f takes its own copy of a point each time": an f that overwrites its argument must not spoil the
        // caller's point or the next evaluation.
        Function<double[], double[]> scribbles = a -> {
            double[] value = {2 * a[0] * a[1], a[0] * a[0] * a[1]};
            Arrays.fill(a, Double.NaN);
            return value;
        };
        double[] given = {1, 2};
        // Compared with the same call on a well-behaved f: this is about copies, not about the Jacobian's layout.
        JacobianChecks.closeJacobian("jacobian(an f that overwrites its argument, {1, 2}, 1e-5), against the same f "
                + "that leaves it alone", student.jacobian(PRODUCT_PAIR, new double[] {1, 2}, 1e-5),
                student.jacobian(scribbles, given, 1e-5), POLYNOMIAL);
        Copies.unchanged("the point given to jacobian(an f that overwrites its argument, {1, 2}, 1e-5)",
                new double[] {1, 2}, given);
    }

    private static double[][] forward(Function<double[], double[]> f, double[] a, double h) {
        double[] base = f.apply(a.clone());
        double[][] j = new double[base.length][a.length];
        for (int c = 0; c < a.length; c++) {
            double[] plus = a.clone();
            plus[c] += h;
            double[] up = f.apply(plus);
            for (int r = 0; r < base.length; r++) {
                j[r][c] = (up[r] - base[r]) / h;
            }
        }
        return j;
    }
}
