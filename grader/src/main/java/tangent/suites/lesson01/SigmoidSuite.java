package tangent.suites.lesson01;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson01.Sigmoid;
import tangent.exercises.lesson01.SigmoidMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.Inputs;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson01.ReferenceSigmoid;
import tangent.suites.CourseFunctions;

/**
 * The sigmoid and its derivative, numerically against Commons Math's sigmoid (with its derivative
 * by automatic differentiation) and symbolically against symja's derivative.
 */
@Grades(Sigmoid.class)
class SigmoidSuite {

    /** Close to rounding, with room for either of the equivalent formulas. */
    private static final Tolerance SIGMOID = Tolerance.of(1e-12, 1e-9);

    private static final org.apache.commons.math3.analysis.function.Sigmoid LIBRARY =
            new org.apache.commons.math3.analysis.function.Sigmoid();

    private static double value(double x) {
        return LIBRARY.value(x);
    }

    private static double slope(double x) {
        return LIBRARY.value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
    }

    /** The mistakes that explain wrong derivatives of the sigmoid, shared with the public samples. */
    private static final Hint[] DERIVATIVE_HINTS = SigmoidMistakes.derivative();

    @Test
    @Points(1)
    @DisplayName("S(0) = 0.5 and S at a few points")
    void valueAtSomePoints(Sigmoid student) {
        Checks.closeAt("S", new double[] {0, 2, -2, 1, -0.5}, SigmoidSuite::value, student::value, SIGMOID,
                Hint.whenAnswerIs(x -> 1 / (1 + Math.exp(x)), "S(x) = 1 / (1 + e^-x): the exponent is -x."));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("S at random points in [-20, 20]")
    void valueAtRandomPoints(Sigmoid student, RandomGenerator random) {
        Checks.closeAt("S", Inputs.uniform(random, 25, -20, 20), SigmoidSuite::value, student::value, SIGMOID,
                Hint.whenAnswerIs(x -> 1 / (1 + Math.exp(x)), "S(x) = 1 / (1 + e^-x): the exponent is -x."));
    }

    @Test
    @Points(1)
    @DisplayName("S'(0) = 0.25 and S'(2) is about 0.104994")
    void derivativeAtZeroAndTwo(Sigmoid student) {
        Checks.closeAt("S'", new double[] {0, 2}, SigmoidSuite::slope, student::derivative, SIGMOID, DERIVATIVE_HINTS);
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("S' at random points in [-20, 20]")
    void derivativeAtRandomPoints(Sigmoid student, RandomGenerator random) {
        Checks.closeAt("S'", Inputs.uniform(random, 25, -20, 20), SigmoidSuite::slope, student::derivative, SIGMOID, DERIVATIVE_HINTS);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("S and S' stay finite far out: x = +-40, +-710, +-1000")
    void finiteFarOut(Sigmoid student) {
        for (double x : new double[] {40, -40, 710, -710, 1000, -1000}) {
            double s = student.value(x);
            double d = student.derivative(x);
            Checks.that(s >= 0 && s <= 1, "S(" + Numbers.show(x) + ") should be between 0 and 1, got " + Numbers.show(s)
                    + ": e^-x overflows to infinity for x below -709; for negative x use e^x / (1 + e^x).");
            Checks.that(Double.isFinite(d), "S'(" + Numbers.show(x) + ") should be a number, got " + Numbers.show(d)
                    + ": e^-x / (1 + e^-x)^2 is infinity over infinity far out; S(x) (1 - S(x)) stays finite.");
            Checks.close("S(" + Numbers.show(x) + ")", value(x), s, SIGMOID);
            Checks.close("S'(" + Numbers.show(x) + ")", slope(x), d, SIGMOID);
        }
    }

    @Test
    @Points(3)
    @DisplayName("S'(x) written as an expression is equivalent to the derivative of the sigmoid")
    void expressionIsEquivalent(Sigmoid student, RandomGenerator random) {
        CourseFunctions.withSigmoid(ExpressionCheck.in("x").withDomain("x", -6, 6)).check("derivativeExpression()",
                student.derivativeExpression(), new ReferenceSigmoid().derivativeExpression(), random, DERIVATIVE_HINTS);
    }

}
