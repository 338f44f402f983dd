package tangent.suites.lesson05;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.NestedSigmoids;
import tangent.grader.check.Checks;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson05.ReferenceNestedSigmoids;
import tangent.suites.CourseFunctions;

/**
 * y = S(w2 S(w1 x)) and its derivatives in both weights, against automatic differentiation (the
 * reference) and, as text, against symja's derivatives.
 */
@Grades(NestedSigmoids.class)
class NestedSigmoidsSuite {

    /** Products of sigmoids in another order differ by rounding only. */
    private static final Tolerance CHAIN = Tolerance.of(1e-12, 1e-9);

    private final ReferenceNestedSigmoids reference = new ReferenceNestedSigmoids();

    private static double s(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double ds(double z) {
        return s(z) * (1 - s(z));
    }

    private static final String ONE_FACTOR_TWO = "your dy/dw2 is twice the right one: S'(z) = S(z) (1 - S(z)), with no "
            + "factor 2. The text's dsigmoid returns 2 * s * (1 - s); that factor 2 is a bug.";
    private static final String TWO_FACTORS_TWO = "your dy/dw1 is four times the right one: it multiplies two sigmoid "
            + "slopes, and each has a factor 2 too many. S'(z) = S(z) (1 - S(z)); the text's dsigmoid's 2 * s * (1 - s) is a bug.";

    private static Hint[] dw2Hints(double x, double w1, double w2) {
        double h = s(w1 * x);
        return new Hint[] {
            Hint.factor(2, ONE_FACTOR_TWO),
            Hint.matches(List.of(ds(w2 * h)), "multiply by dz2/dw2 = h = S(w1 x): dy/dw2 = S'(w2 h) h."),
            Hint.matches(List.of(ds(w2 * h) * w2), "dz2/dw2 is h = S(w1 x), not w2: dy/dw2 = S'(w2 h) h."),
            Hint.matches(List.of(ds(w2) * h), "evaluate S' at the outer layer's input w2 h: dy/dw2 = S'(w2 h) h."),
            Hint.signFlip()};
    }

    private static Hint[] dw1Hints(double x, double w1, double w2) {
        double h = s(w1 * x);
        return new Hint[] {
            Hint.factor(4, TWO_FACTORS_TWO),
            Hint.factor(2, "your dy/dw1 is twice the right one: S'(z) = S(z) (1 - S(z)), with no factor 2."),
            Hint.matches(List.of(ds(w2 * h) * ds(w1 * x) * x), "the chain passes through w2 h: multiply by "
                    + "d(w2 h)/dh = w2. dy/dw1 = S'(w2 h) w2 S'(w1 x) x."),
            Hint.matches(List.of(ds(w2 * h) * w2 * ds(w1 * x)), "the chain ends at w1 x: multiply by d(w1 x)/dw1 = x."),
            Hint.matches(List.of(ds(w2 * h) * w2 * x), "multiply by the inner sigmoid's slope S'(w1 x) too."),
            Hint.signFlip()};
    }

    @Test
    @Points(1)
    @DisplayName("y = S(4 S(3 * 2)) at the text's x = 2, w1 = 3, w2 = 4")
    void outputAtTheTextsExample(NestedSigmoids student) {
        Checks.close("output(2, 3, 4)", reference.output(2, 3, 4), student.output(2, 3, 4), CHAIN);
    }

    @Test
    @Points(2)
    @DisplayName("dy/dw2 = S'(w2 h) h at the text's example, about 0.017788")
    void dOutputDw2AtTheTextsExample(NestedSigmoids student) {
        Checks.close("dOutputDw2(2, 3, 4)", reference.dOutputDw2(2, 3, 4), student.dOutputDw2(2, 3, 4), CHAIN,
                dw2Hints(2, 3, 4));
    }

    @Test
    @Points(2)
    @DisplayName("dy/dw1 = S'(w2 h) w2 S'(w1 x) x at the text's example, about 0.000352")
    void dOutputDw1AtTheTextsExample(NestedSigmoids student) {
        Checks.close("dOutputDw1(2, 3, 4)", reference.dOutputDw1(2, 3, 4), student.dOutputDw1(2, 3, 4), CHAIN,
                dw1Hints(2, 3, 4));
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("y, dy/dw2 and dy/dw1 at random x, w1, w2 in [-3, 3]")
    void derivativesAtRandomPoints(NestedSigmoids student, RandomGenerator random) {
        for (int i = 0; i < 20; i++) {
            double x = random.nextDouble() * 6 - 3;
            double w1 = random.nextDouble() * 6 - 3;
            double w2 = random.nextDouble() * 6 - 3;
            String at = "(" + Numbers.show(x) + ", " + Numbers.show(w1) + ", " + Numbers.show(w2) + ")";
            Checks.close("output" + at, reference.output(x, w1, w2), student.output(x, w1, w2), CHAIN);
            Checks.close("dOutputDw2" + at, reference.dOutputDw2(x, w1, w2), student.dOutputDw2(x, w1, w2), CHAIN,
                    dw2Hints(x, w1, w2));
            Checks.close("dOutputDw1" + at, reference.dOutputDw1(x, w1, w2), student.dOutputDw1(x, w1, w2), CHAIN,
                    dw1Hints(x, w1, w2));
        }
    }

    /**
     * Symja proves most forms equal at once; the nested S (1 - S) product form takes it about
     * 96,000 CAS steps, within the default budget (which was chosen with this form in mind).
     */
    private static final ExpressionCheck IN_X_W1_W2 = CourseFunctions.withSigmoid(ExpressionCheck.in("x", "w1", "w2"));

    @Test
    @Points(1)
    @DisplayName("dy/dw2 written as an expression in x, w1, w2 is equivalent to symja's derivative")
    void dOutputDw2Expression(NestedSigmoids student, RandomGenerator random) {
        IN_X_W1_W2.check("dOutputDw2Expression()", student.dOutputDw2Expression(), reference.dOutputDw2Expression(),
                random, Hint.factor(2, ONE_FACTOR_TWO), Hint.signFlip());
    }

    @Test
    @Points(1)
    @DisplayName("dy/dw1 written as an expression in x, w1, w2 is equivalent to symja's derivative")
    void dOutputDw1Expression(NestedSigmoids student, RandomGenerator random) {
        IN_X_W1_W2.check("dOutputDw1Expression()", student.dOutputDw1Expression(), reference.dOutputDw1Expression(),
                random, Hint.factor(4, TWO_FACTORS_TWO), Hint.signFlip());
    }
}
