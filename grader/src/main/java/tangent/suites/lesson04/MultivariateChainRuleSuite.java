package tangent.suites.lesson04;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson04.MultivariateChainRule;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson04.ReferenceMultivariateChainRule;

/**
 * The multivariate chain rule: the total derivative as a dot product, and chains of Jacobians whose
 * product must equal the exact derivative of the whole composition (automatic differentiation of
 * the composed function, not the product of Jacobians, so the suite does not assume what it checks).
 *
 * <p>Text 004's own example formulas were images, lost in scraping; what survives is its prose, which
 * follows the Imperial College lecture "More multivariate chain rule" step by step. Its univariate
 * example is that lecture's (f = 5x, x = 1 - u, u = t^2, df/dt = -10t); the (1x2)(2x2)(2x1) example
 * (u = (t, t^2), x = (u1 + u2, u1 u2), f = x1^2 + x2, 72 at t = 2) is this course's own, since the
 * lecture keeps that case symbolic.
 */
@Grades(MultivariateChainRule.class)
class MultivariateChainRuleSuite {

    /** Sums of products in another order: rounding only, about 1e-16 relative per term. */
    private static final Tolerance EXACT = Tolerance.of(1e-12, 1e-9);
    /**
     * Jacobian products against automatic differentiation of the composition: both are sums of the
     * same products of derivatives in another order, so they differ by rounding, a few 1e-16
     * relative times the sizes of the terms (below 100 here).
     */
    private static final Tolerance PRODUCT = Tolerance.of(1e-10, 1e-9);

    private static final String WRONG_ORDER = "the product is in the wrong order: multiply from the outside in, "
            + "J_f J_x J_u (df/dx, then dx/du, then du/dt), as the shapes (1x2)(2x2)(2x1) show.";

    private final ReferenceMultivariateChainRule reference = new ReferenceMultivariateChainRule();

    @Test
    @Points(2)
    @DisplayName("df/dt = grad f . dx/dt: (4, 27) . (1, 2) = 58, and 0 along a level circle of the bowl")
    void totalDerivativeAlongALine(MultivariateChainRule student) {
        checkTotal(student, new double[] {4, 27}, new double[] {1, 2});
        checkTotal(student, new double[] {2, 2}, new double[] {1, -1});
        checkTotal(student, new double[] {1, -2, 0.5}, new double[] {4, 1, 2});
        checkTotal(student, new double[] {3}, new double[] {-2}); // n = 1: one variable
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("the total derivative along random curves equals the derivative of f(x(t))")
    void totalDerivativeAlongCurves(MultivariateChainRule student, RandomGenerator random) {
        for (int k = 0; k < 10; k++) {
            int n = 1 + random.nextInt(5);
            VectorFunctions.Link f = VectorFunctions.random(random, n, 1);
            VectorFunctions.Link curve = VectorFunctions.random(random, 1, n);
            double[] t = VectorFunctions.point(random, 1, 2);
            double[] x = curve.value(t);
            double[] gradient = f.jacobian(x)[0];
            double[] velocity = column(curve.jacobian(t), 0);
            double expected = f.after(curve).jacobian(t)[0][0];
            double scale = 0;
            for (int i = 0; i < n; i++) {
                scale += Math.abs(gradient[i] * velocity[i]);
            }
            Checks.close("totalDerivative(" + show(gradient) + ", " + show(velocity) + ")", expected,
                    student.totalDerivative(gradient.clone(), velocity.clone()), Tolerance.of(1e-12 + 1e-12 * scale, 1e-9));
        }
    }

    @Test
    @Points(3)
    @DisplayName("chains of the text's shapes: [[12, 1]] [[1, 1], [4, 2]] [[1], [4]] = [[72]], 5 * (-1) * 2t = -10t, and one link alone")
    void theTextsChains(MultivariateChainRule student) {
        checkChain(student, new double[][] {{12, 1}}, new double[][] {{1, 1}, {4, 2}}, new double[][] {{1}, {4}});
        checkChain(student, new double[][] {{5}}, new double[][] {{-1}}, new double[][] {{6}});
        // A chain of one link is that Jacobian, as a new matrix each time.
        double[][] only = {{1, 2}, {3, 4}};
        checkChain(student, only);
        Copies.freshRows("chain([[1, 2], [3, 4]])", () -> student.chain(Copies.snapshot(only)));
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("chains of random maps of many shapes equal the exact derivative of the composition")
    void randomChains(MultivariateChainRule student, RandomGenerator random) {
        int[][] shapes = {{2, 2, 2, 2}, {1, 2, 2, 1}, {3, 2, 4, 1}, {1, 3, 1}, {2, 3, 3, 2, 1}, {4, 1, 4}, {2, 2}};
        for (int[] dims : shapes) {
            List<VectorFunctions.Link> links = new ArrayList<>();
            for (int i = 0; i + 1 < dims.length; i++) {
                links.add(VectorFunctions.random(random, dims[i], dims[i + 1]));
            }
            double[] point = VectorFunctions.point(random, dims[0], 1);
            // Each Jacobian at its own link's input, innermost first; then reversed to outermost first.
            List<double[][]> jacobians = new ArrayList<>();
            VectorFunctions.Link whole = links.get(0);
            double[] a = point;
            for (int i = 0; i < links.size(); i++) {
                jacobians.add(0, links.get(i).jacobian(a));
                a = links.get(i).value(a);
                if (i > 0) {
                    whole = links.get(i).after(whole);
                }
            }
            double[][] expected = whole.jacobian(point);
            double[][][] given = jacobians.toArray(double[][][]::new);
            String what = "chain(" + describe(given) + ")";
            checkProduct(what, expected, chain(student, what, given), reversedProduct(given), PRODUCT);
        }
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("shapes that do not chain, ragged or empty matrices and vectors of different lengths are refused")
    void mismatchesAreRefused(MultivariateChainRule student) {
        Checks.refuses("chain()", IllegalArgumentException.class, () -> student.chain());
        // Neither order of these pairs chains, so the refusal does not depend on the order of multiplication.
        Checks.refuses("chain([[1, 2]], a 3x3 matrix)", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1, 2}}, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
        Checks.refuses("chain(a 2x3 matrix, a 2x3 matrix)", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[][] {{1, 2, 3}, {4, 5, 6}}));
        Checks.refuses("chain([[1, 2], [3]], [[1], [1]])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1, 2}, {3}}, new double[][] {{1}, {1}}));
        Checks.refuses("chain([[1]], null)", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1}}, null));
        Checks.refuses("totalDerivative({1, 2}, {1})", IllegalArgumentException.class,
                () -> student.totalDerivative(new double[] {1, 2}, new double[] {1}));
        Checks.refuses("totalDerivative({}, {})", IllegalArgumentException.class,
                () -> student.totalDerivative(new double[0], new double[0]));
        Checks.refuses("totalDerivative(null, {1})", IllegalArgumentException.class,
                () -> student.totalDerivative(null, new double[] {1}));
        // Each null the Javadoc names, in each place: the whole argument, a first row, a later row.
        Checks.refuses("totalDerivative({1}, null)", IllegalArgumentException.class,
                () -> student.totalDerivative(new double[] {1}, null));
        Checks.refuses("chain((double[][][]) null)", IllegalArgumentException.class,
                () -> student.chain((double[][][]) null));
        Checks.refuses("chain([null], [[1]])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {null}, new double[][] {{1}}));
        Checks.refuses("chain([[1], null], [[1]])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1}, null}, new double[][] {{1}}));
        Checks.refuses("chain([[]])", IllegalArgumentException.class, () -> student.chain(new double[][] {{}}));
        Checks.refuses("chain(null)", IllegalArgumentException.class, () -> student.chain((double[][]) null));
        Checks.refuses("chain(null, [[1]])", IllegalArgumentException.class,
                () -> student.chain(null, new double[][] {{1}}));
        // A later link is checked as the first is: ragged with a longer row, a null row, empty.
        Checks.refuses("chain([[1, 2], [3, 4, 5]], [[1], [1]])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1, 2}, {3, 4, 5}}, new double[][] {{1}, {1}}));
        Checks.refuses("chain([[1, 2]], [[1], [1, 2]])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1, 2}}, new double[][] {{1}, {1, 2}}));
        Checks.refuses("chain([[1]], [null])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1}}, new double[][] {null}));
        Checks.refuses("chain([[1]], [[]])", IllegalArgumentException.class,
                () -> student.chain(new double[][] {{1}}, new double[][] {{}}));
        Checks.refuses("totalDerivative({1}, {1, 2})", IllegalArgumentException.class,
                () -> student.totalDerivative(new double[] {1}, new double[] {1, 2}));
    }

    private void checkTotal(MultivariateChainRule student, double[] gradient, double[] velocity) {
        Checks.close("totalDerivative(" + show(gradient) + ", " + show(velocity) + ")",
                reference.totalDerivative(gradient, velocity), student.totalDerivative(gradient.clone(), velocity.clone()),
                EXACT);
    }

    private void checkChain(MultivariateChainRule student, double[][]... jacobians) {
        String what = "chain(" + describe(jacobians) + ")";
        checkProduct(what, reference.chain(jacobians), chain(student, what, jacobians), reversedProduct(jacobians), EXACT);
    }

    /**
     * The student's product, which must be a new matrix (a one-link chain must not hand back the
     * Jacobian it was given); refusing Jacobians that do chain is a wrong answer, with a hint.
     */
    private static double[][] chain(MultivariateChainRule student, String what, double[][][] jacobians) {
        try {
            double[][][] given = copy(jacobians);
            double[][] product = student.chain(given);
            Copies.notAliased(what, product, (Object[]) given);
            return product;
        } catch (IllegalArgumentException refused) {
            throw new AssertionError(what + " threw IllegalArgumentException (" + refused.getMessage() + "), but these "
                    + "Jacobians do chain: each has as many columns as the next has rows. Hint: multiply them in the order "
                    + "given, J_1 J_2 ... J_k, outermost first; from the innermost out the shapes do not fit.", refused);
        }
    }

    /** A product of Jacobians; one taken in the wrong order (whatever its shape) is named as such. */
    private static void checkProduct(String what, double[][] expected, double[][] actual, double[][] reversed,
            Tolerance tolerance) {
        if (actual != null && reversed != null && !JacobianChecks.isClose(expected, actual, tolerance)
                && JacobianChecks.isClose(reversed, actual, tolerance)) {
            throw new AssertionError(what + ": expected " + JacobianChecks.show(expected) + ", got " + JacobianChecks.show(actual)
                    + ". Hint: " + WRONG_ORDER);
        }
        JacobianChecks.closeJacobian(what, expected, actual, tolerance);
    }

    /** The product in the wrong order, J_k ... J_1, or null when those shapes do not chain. */
    private static double[][] reversedProduct(double[][][] jacobians) {
        double[][] product = jacobians[jacobians.length - 1];
        for (int i = jacobians.length - 2; i >= 0; i--) {
            double[][] next = jacobians[i];
            if (product[0].length != next.length) {
                return null;
            }
            double[][] p = new double[product.length][next[0].length];
            for (int r = 0; r < product.length; r++) {
                for (int c = 0; c < next[0].length; c++) {
                    for (int k = 0; k < next.length; k++) {
                        p[r][c] += product[r][k] * next[k][c];
                    }
                }
            }
            product = p;
        }
        return product;
    }

    private static String describe(double[][][] jacobians) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < jacobians.length; i++) {
            text.append(i == 0 ? "" : ", ").append(JacobianChecks.show(jacobians[i]));
        }
        return text.toString();
    }

    private static double[][][] copy(double[][][] jacobians) {
        double[][][] c = new double[jacobians.length][][];
        for (int i = 0; i < jacobians.length; i++) {
            c[i] = Arrays.stream(jacobians[i]).map(double[]::clone).toArray(double[][]::new);
        }
        return c;
    }

    private static double[] column(double[][] m, int c) {
        double[] column = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            column[r] = m[r][c];
        }
        return column;
    }

    private static String show(double[] v) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Numbers.show(v[i]));
        }
        return text.append("}").toString();
    }
}
