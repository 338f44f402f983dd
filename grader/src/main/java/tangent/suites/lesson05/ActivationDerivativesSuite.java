package tangent.suites.lesson05;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.ActivationDerivatives;
import tangent.exercises.lesson05.ActivationDerivativesMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.Inputs;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson05.ReferenceActivationDerivatives;

/**
 * Sigmoid, ReLU and tanh with their derivatives against the reference (Commons Math's functions
 * differentiated automatically), and tanh' as text against symja's derivative.
 */
@Grades(ActivationDerivatives.class)
class ActivationDerivativesSuite {

    /** Close to rounding, with room for any of the equivalent formulas. */
    private static final Tolerance ACTIVATION = Tolerance.of(1e-12, 1e-9);
    /** ReLU and its derivative are exact: 0, 1 or z itself. */
    private static final Tolerance EXACT = Tolerance.of(0, 0);

    private final ReferenceActivationDerivatives reference = new ReferenceActivationDerivatives();

    // the known mistakes, shared with the public samples
    private final Hint[] sigmoidHints = ActivationDerivativesMistakes.sigmoid();
    private final Hint[] tanhHints = ActivationDerivativesMistakes.tanh();
    private final Hint[] reluHints = ActivationDerivativesMistakes.relu();

    @Test
    @Points(1)
    @DisplayName("sigmoid, ReLU and tanh at a few points")
    void valuesAtSomePoints(ActivationDerivatives student) {
        double[] zs = {0, 2, -2, 1, -0.5};
        Checks.closeAt("sigmoid", zs, reference::sigmoid, student::sigmoid, ACTIVATION,
                Hint.whenAnswerIs(z -> 1 / (1 + Math.exp(z)), "S(z) = 1 / (1 + e^-z): the exponent is -z."));
        Checks.closeAt("relu", zs, reference::relu, student::relu, EXACT);
        Checks.closeAt("tanh", zs, reference::tanh, student::tanh, ACTIVATION);
    }

    @Test
    @Points(2)
    @DisplayName("S'(0) = 0.25 and S'(2) is about 0.104994")
    void sigmoidDerivativeAtZeroAndTwo(ActivationDerivatives student) {
        Checks.closeAt("sigmoidDerivative", new double[] {0, 2}, reference::sigmoidDerivative, student::sigmoidDerivative,
                ACTIVATION, sigmoidHints);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("S' at fixed negative and positive points and at random points in [-20, 20]")
    void sigmoidDerivativeAtRandomPoints(ActivationDerivatives student, RandomGenerator random) {
        // Negative z on every seed (S'(0) and S'(2) are the visible ones): a slip in a branch for
        // z < 0 shows here.
        Checks.closeAt("sigmoidDerivative", new double[] {-2, -0.5, -7, 5, 12, -15}, reference::sigmoidDerivative,
                student::sigmoidDerivative, ACTIVATION, sigmoidHints);
        Checks.closeAt("sigmoidDerivative", Inputs.uniform(random, 25, -20, 20), reference::sigmoidDerivative,
                student::sigmoidDerivative, ACTIVATION, sigmoidHints);
    }

    @Test
    @Points(2)
    @DisplayName("ReLU' is 1 where z > 0 and 0 elsewhere, 0 at z = 0 included")
    void reluDerivativeAroundZero(ActivationDerivatives student) {
        Checks.closeAt("reluDerivative", new double[] {-2, -0.5, -1e-300, 0, -0.0, 1e-300, 0.5, 3},
                reference::reluDerivative, student::reluDerivative, EXACT, reluHints);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("ReLU and ReLU' at random points of both signs")
    void reluAtRandomPoints(ActivationDerivatives student, RandomGenerator random) {
        double[] zs = Inputs.uniform(random, 25, -50, 50);
        Checks.closeAt("relu", zs, reference::relu, student::relu, EXACT,
                Hint.whenAnswerIs(z -> Math.max(0, -z), "ReLU keeps the positive z: max(0, z)."));
        Checks.closeAt("reluDerivative", zs, reference::reluDerivative, student::reluDerivative, EXACT, reluHints);
    }

    @Test
    @Points(1)
    @DisplayName("tanh'(0) = 1 and tanh' at a few points")
    void tanhDerivativeAtSomePoints(ActivationDerivatives student) {
        Checks.closeAt("tanhDerivative", new double[] {0, 1, -1, 0.5, 3}, reference::tanhDerivative,
                student::tanhDerivative, ACTIVATION, tanhHints);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("tanh and tanh' at random points in [-10, 10]")
    void tanhAtRandomPoints(ActivationDerivatives student, RandomGenerator random) {
        double[] zs = Inputs.uniform(random, 25, -10, 10);
        Checks.closeAt("tanh", zs, reference::tanh, student::tanh, ACTIVATION);
        Checks.closeAt("tanhDerivative", zs, reference::tanhDerivative, student::tanhDerivative, ACTIVATION, tanhHints);
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("every function stays finite far out: z = +-40, +-710, +-1000")
    void finiteFarOut(ActivationDerivatives student) {
        for (double z : new double[] {40, -40, 710, -710, 1000, -1000}) {
            String at = "(" + Numbers.show(z) + ")";
            double s = student.sigmoid(z);
            double ds = student.sigmoidDerivative(z);
            double dt = student.tanhDerivative(z);
            Checks.that(Double.isFinite(s) && Double.isFinite(ds), "sigmoid" + at + " and sigmoidDerivative" + at
                    + " should be numbers, got " + Numbers.show(s) + " and " + Numbers.show(ds)
                    + ": e^-z overflows for z below -709; use S(z) (1 - S(z)), or e^z / (1 + e^z) for negative z.");
            Checks.that(Double.isFinite(dt), "tanhDerivative" + at + " should be a number, got " + Numbers.show(dt)
                    + ": use 1 - tanh(z)^2, which stays finite.");
            Checks.close("sigmoid" + at, reference.sigmoid(z), s, ACTIVATION);
            Checks.close("tanh" + at, reference.tanh(z), student.tanh(z), ACTIVATION);
            Checks.close("tanhDerivative" + at, reference.tanhDerivative(z), dt, ACTIVATION);
            Checks.that(ds >= 0 && ds < 1e-12, "sigmoidDerivative" + at + " should be about 0 this far out, got "
                    + Numbers.show(ds) + ".");
        }
    }

    @Test
    @Points(2)
    @DisplayName("tanh'(z) written as an expression is equivalent to 1 - tanh(z)^2")
    void tanhDerivativeExpression(ActivationDerivatives student, RandomGenerator random) {
        ExpressionCheck.in("z").withDomain("z", -3, 3).check("tanhDerivativeExpression()",
                student.tanhDerivativeExpression(), reference.tanhDerivativeExpression(), random, tanhHints);
    }

}
