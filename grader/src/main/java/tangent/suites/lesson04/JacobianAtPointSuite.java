package tangent.suites.lesson04;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson04.JacobianAtPoint;
import tangent.grader.check.Checks;
import tangent.grader.check.Copies;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson04.ReferenceJacobianAtPoint;

/** Jacobians as numbers, against Commons Math's automatic differentiation. */
@Grades(JacobianAtPoint.class)
class JacobianAtPointSuite {

    /**
     * Closed forms evaluated in another order (S(1 - S) against e^-z / (1 + e^-z)^2, for instance):
     * rounding only, a few ulps; 1e-9 relative and 1e-12 absolute (for entries near 0) allow it.
     */
    private static final Tolerance EXACT = Tolerance.of(1e-12, 1e-9);

    private static final double[][] EXAMPLE_WEIGHTS = {{1, 2}, {-1, 0.5}, {0, 3}};
    private static final double[] EXAMPLE_INPUT = {0.5, -1};

    private final ReferenceJacobianAtPoint reference = new ReferenceJacobianAtPoint();

    @Test
    @Points(2)
    @DisplayName("the Jacobian of (2xy, x^2 y) is [[4, 2], [4, 1]] at (1, 2) and [[-2, 6], [-6, 9]] at (3, -1)")
    void productPairAtTheExamplePoints(JacobianAtPoint student) {
        checkProductPair(student, 1, 2);
        checkProductPair(student, 3, -1);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("the Jacobian of (2xy, x^2 y) at random points, near and far")
    void productPairAtRandomPoints(JacobianAtPoint student, RandomGenerator random) {
        for (int i = 0; i < 20; i++) {
            double scale = i < 15 ? 5 : 1000;
            checkProductPair(student, (random.nextDouble() * 2 - 1) * scale, (random.nextDouble() * 2 - 1) * scale);
        }
        Copies.freshRows("productPair(1, 2)", () -> student.productPair(1, 2)); // "a new 2 x 2 array"
    }

    @Test
    @Points(2)
    @DisplayName("the sigmoid layer's Jacobian for W = [[1, 2], [-1, 0.5], [0, 3]] at (0.5, -1) is 3x2")
    void sigmoidLayerOfTheExample(JacobianAtPoint student) {
        checkLayer(student, EXAMPLE_WEIGHTS, EXAMPLE_INPUT);
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("sigmoid layers of other shapes, weights and inputs, far out where S' is 0, each a new matrix")
    void sigmoidLayersOfOtherShapes(JacobianAtPoint student, RandomGenerator random) {
        for (int k = 0; k < 8; k++) {
            int m = 1 + random.nextInt(4);
            int n = 1 + random.nextInt(4);
            double[][] w = new double[m][n];
            for (double[] row : w) {
                for (int j = 0; j < n; j++) {
                    row[j] = random.nextDouble() * 6 - 3;
                }
            }
            double[] a = new double[n];
            for (int j = 0; j < n; j++) {
                a[j] = random.nextDouble() * 4 - 2;
            }
            checkLayer(student, w, a);
        }
        // z = +-800: e^800 overflows, S'(z) is 0 (not NaN); z = 40: S' is 4.2e-18, still exact.
        checkLayer(student, new double[][] {{400, 0}, {-400, 0}, {20, 0}}, new double[] {2, 7});
        // The smallest shapes on every seed: one neuron, one input, both.
        checkLayer(student, new double[][] {{2}}, new double[] {0.5});
        checkLayer(student, new double[][] {{1}, {-2}}, new double[] {3});
        checkLayer(student, new double[][] {{1, 2}}, new double[] {0.5, -1});
        double[] alone = {0.5, -1};
        double[][] oneRow = student.sigmoidLayer(new double[][] {{1, 2}}, alone);
        Checks.that(oneRow == null || oneRow.length == 0 || oneRow[0] != alone, "sigmoidLayer({{1, 2}}, {0.5, -1}) "
                + "returned the input array as its row: each row of the answer must be a new array.");
        // "a new m x n array": not the weights (a square layer could return them), no row shared, new each call.
        double[][] weights = {{1, 0}, {0, 1}};
        double[] input = {0.5, -1};
        Copies.notAliased("sigmoidLayer({{1, 0}, {0, 1}}, {0.5, -1})", student.sigmoidLayer(weights, input), weights,
                input);
        Copies.freshRows("sigmoidLayer(" + JacobianChecks.show(EXAMPLE_WEIGHTS) + ", {0.5, -1})",
                () -> student.sigmoidLayer(Copies.snapshot(EXAMPLE_WEIGHTS), Copies.snapshot(EXAMPLE_INPUT)));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a ragged, empty or mismatched layer is refused with IllegalArgumentException")
    void badLayersAreRefused(JacobianAtPoint student) {
        Checks.refuses("sigmoidLayer({{1, 2}, {3}}, {1, 1})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{1, 2}, {3}}, new double[] {1, 1}));
        Checks.refuses("sigmoidLayer({{1, 2}}, {1, 2, 3})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{1, 2}}, new double[] {1, 2, 3}));
        Checks.refuses("sigmoidLayer({{1, 2, 3}}, {1, 2})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{1, 2, 3}}, new double[] {1, 2}));
        Checks.refuses("sigmoidLayer({}, {1, 2})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[0][], new double[] {1, 2}));
        Checks.refuses("sigmoidLayer({{1, 2}}, null)", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{1, 2}}, null));
        // Each null and empty the Javadoc names: the weights, a weight row (first or later), the input.
        Checks.refuses("sigmoidLayer(null, {1, 2})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(null, new double[] {1, 2}));
        Checks.refuses("sigmoidLayer({null}, {1, 2})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {null}, new double[] {1, 2}));
        Checks.refuses("sigmoidLayer({{1, 2}, null}, {1, 2})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{1, 2}, null}, new double[] {1, 2}));
        Checks.refuses("sigmoidLayer({{}}, {})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{}}, new double[0]));
        Checks.refuses("sigmoidLayer({{1, 2}, {3, 4, 5}}, {1, 1})", IllegalArgumentException.class,
                () -> student.sigmoidLayer(new double[][] {{1, 2}, {3, 4, 5}}, new double[] {1, 1}));
    }

    private void checkProductPair(JacobianAtPoint student, double x, double y) {
        double[][] expected = reference.productPair(x, y);
        JacobianChecks.closeJacobian("productPair(" + Numbers.show(x) + ", " + Numbers.show(y) + ")", expected,
                student.productPair(x, y), EXACT,
                Hint.matches(new double[][] {{2 * x, 2 * y}, {x * x, 2 * x * y}}, "your columns are in the other order: "
                        + "column 1 differentiates with respect to x, column 2 with respect to y."),
                Hint.matches(new double[][] {{2 * y, 2 * x}, {2 * y, x * x}}, "d/dx (x^2 y) = 2xy: y is a constant "
                        + "factor, it stays."));
    }

    private void checkLayer(JacobianAtPoint student, double[][] weights, double[] input) {
        double[][] expected = reference.sigmoidLayer(weights, input);
        double[][] slopesOnly = new double[weights.length][input.length];
        double[][] valuesTimesWeights = new double[weights.length][input.length];
        for (int i = 0; i < weights.length; i++) {
            double z = 0;
            for (int j = 0; j < input.length; j++) {
                z += weights[i][j] * input[j];
            }
            double s = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            for (int j = 0; j < input.length; j++) {
                slopesOnly[i][j] = s * (1 - s);
                valuesTimesWeights[i][j] = s * weights[i][j];
            }
        }
        String what = "sigmoidLayer(" + JacobianChecks.show(weights) + ", " + JacobianChecks.show(new double[][] {input})
                .replaceAll("^\\[|\\]$", "") + ")";
        JacobianChecks.closeJacobian(what, expected, student.sigmoidLayer(Copies.snapshot(weights), input.clone()), EXACT,
                Hint.matches(slopesOnly, "each entry is S'(z_i) times the weight w_ij (the chain rule's inner "
                        + "derivative); you left out the weight."),
                Hint.matches(valuesTimesWeights, "differentiate S too: the entries are S'(z_i) w_ij, with "
                        + "S'(z) = S(z) (1 - S(z)), not S(z_i) w_ij."));
    }

}
