package tangent.suites.lesson05;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.NestedSigmoids;
import tangent.exercises.lesson05.NestedSigmoidsMistakes;
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

    // the known mistakes' words, shared with the public samples
    private static final String ONE_FACTOR_TWO = NestedSigmoidsMistakes.ONE_FACTOR_TWO;
    private static final String TWO_FACTORS_TWO = NestedSigmoidsMistakes.TWO_FACTORS_TWO;

    /** A formula in x, w1 and w2: a derivative, right or known to be wrong. */
    @FunctionalInterface
    private interface Formula {
        double at(double x, double w1, double w2);
    }

    /**
     * Where a hint looks again before it names a mistake. At the text's example x = 2 and w2 = 4,
     * so one extra factor x looks like the factor 2 of the text's dsigmoid and an extra w2 like two
     * of them; here no factor is 1, 2 or 4 and each mistake gives its own numbers.
     */
    private static final double[][] PROBES = {{0.7, -1.3, 1.7}, {-1.6, 0.9, -2.3}};

    /**
     * A hint that names a mistake only when the student's method follows the wrong formula at the
     * compared point and at every probe.
     */
    private static Hint mistake(Formula wrong, Formula right, Formula student, double[] at, String explanation) {
        return pairs -> {
            if (!follows(wrong, at, pairs)) {
                return Optional.empty();
            }
            for (double[] probe : PROBES) {
                double actual;
                try {
                    actual = student.at(probe[0], probe[1], probe[2]);
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
                if (!follows(wrong, probe, List.of(Hint.Pair.of(right.at(probe[0], probe[1], probe[2]), actual)))) {
                    return Optional.empty();
                }
            }
            return Optional.of(explanation);
        };
    }

    /** Whether the compared answers are the wrong formula's at this point, and not the right ones. */
    private static boolean follows(Formula wrong, double[] at, List<Hint.Pair> pairs) {
        return Hint.matches(List.of(wrong.at(at[0], at[1], at[2])), "").explain(pairs).isPresent();
    }

    private static double h(double x, double w1) {
        return s(w1 * x);
    }

    private Hint[] dw2Hints(NestedSigmoids student, double x, double w1, double w2) {
        Formula right = reference::dOutputDw2;
        Formula theirs = student::dOutputDw2;
        double[] at = {x, w1, w2};
        return new Hint[] {
            mistake((a, b, c) -> 2 * right.at(a, b, c), right, theirs, at, ONE_FACTOR_TWO),
            mistake((a, b, c) -> ds(c * h(a, b)), right, theirs, at,
                    "multiply by dz2/dw2 = h = S(w1 x): dy/dw2 = S'(w2 h) h."),
            mistake((a, b, c) -> ds(c * h(a, b)) * c, right, theirs, at,
                    "dz2/dw2 is h = S(w1 x), not w2: dy/dw2 = S'(w2 h) h."),
            mistake((a, b, c) -> ds(c) * h(a, b), right, theirs, at,
                    "evaluate S' at the outer layer's input w2 h: dy/dw2 = S'(w2 h) h."),
            mistake((a, b, c) -> -right.at(a, b, c), right, theirs, at,
                    "your dy/dw2 has the opposite sign of the right one: check a minus sign.")};
    }

    private Hint[] dw1Hints(NestedSigmoids student, double x, double w1, double w2) {
        Formula right = reference::dOutputDw1;
        Formula theirs = student::dOutputDw1;
        double[] at = {x, w1, w2};
        return new Hint[] {
            mistake((a, b, c) -> 4 * right.at(a, b, c), right, theirs, at, TWO_FACTORS_TWO),
            mistake((a, b, c) -> 2 * right.at(a, b, c), right, theirs, at,
                    "your dy/dw1 is twice the right one: S'(z) = S(z) (1 - S(z)), with no factor 2."),
            mistake((a, b, c) -> ds(c * h(a, b)) * ds(b * a) * a, right, theirs, at,
                    "the chain passes through w2 h: multiply by d(w2 h)/dh = w2. dy/dw1 = S'(w2 h) w2 S'(w1 x) x."),
            mistake((a, b, c) -> ds(c * h(a, b)) * c * ds(b * a), right, theirs, at,
                    "the chain ends at w1 x: multiply by d(w1 x)/dw1 = x."),
            mistake((a, b, c) -> ds(c * h(a, b)) * c * a, right, theirs, at,
                    "multiply by the inner sigmoid's slope S'(w1 x) too: dy/dw1 = S'(w2 h) w2 S'(w1 x) x."),
            mistake((a, b, c) -> c * ds(b * a) * a, right, theirs, at,
                    "the chain starts at the outer sigmoid: multiply by its slope S'(w2 h) too. "
                            + "dy/dw1 = S'(w2 h) w2 S'(w1 x) x."),
            mistake((a, b, c) -> -right.at(a, b, c), right, theirs, at,
                    "your dy/dw1 has the opposite sign of the right one: check a minus sign.")};
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
                dw2Hints(student, 2, 3, 4));
    }

    @Test
    @Points(2)
    @DisplayName("dy/dw1 = S'(w2 h) w2 S'(w1 x) x at the text's example, about 0.000352")
    void dOutputDw1AtTheTextsExample(NestedSigmoids student) {
        Checks.close("dOutputDw1(2, 3, 4)", reference.dOutputDw1(2, 3, 4), student.dOutputDw1(2, 3, 4), CHAIN,
                dw1Hints(student, 2, 3, 4));
    }

    @Test
    @Points(3)
    @Hidden
    @DisplayName("y, dy/dw2 and dy/dw1 at fixed points with negative inputs to the sigmoids, and at random x, w1, w2 "
            + "in [-3, 3]")
    void derivativesAtRandomPoints(NestedSigmoids student, RandomGenerator random) {
        // The text's example has only positive w1 x and w2 h; these fixed points have negative ones
        // on every seed.
        double[][] fixed = {{-1.5, 0.8, -2}, {0.5, -1.2, 1.5}, {1.2, -0.7, -0.9}};
        for (int i = 0; i < fixed.length + 20; i++) {
            boolean isFixed = i < fixed.length;
            double x = isFixed ? fixed[i][0] : random.nextDouble() * 6 - 3;
            double w1 = isFixed ? fixed[i][1] : random.nextDouble() * 6 - 3;
            double w2 = isFixed ? fixed[i][2] : random.nextDouble() * 6 - 3;
            String at = "(" + Numbers.show(x) + ", " + Numbers.show(w1) + ", " + Numbers.show(w2) + ")";
            Checks.close("output" + at, reference.output(x, w1, w2), student.output(x, w1, w2), CHAIN);
            Checks.close("dOutputDw2" + at, reference.dOutputDw2(x, w1, w2), student.dOutputDw2(x, w1, w2), CHAIN,
                    dw2Hints(student, x, w1, w2));
            Checks.close("dOutputDw1" + at, reference.dOutputDw1(x, w1, w2), student.dOutputDw1(x, w1, w2), CHAIN,
                    dw1Hints(student, x, w1, w2));
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
                random, NestedSigmoidsMistakes.dw2Expression());
    }

    @Test
    @Points(1)
    @DisplayName("dy/dw1 written as an expression in x, w1, w2 is equivalent to symja's derivative")
    void dOutputDw1Expression(NestedSigmoids student, RandomGenerator random) {
        IN_X_W1_W2.check("dOutputDw1Expression()", student.dOutputDw1Expression(), reference.dOutputDw1Expression(),
                random, NestedSigmoidsMistakes.dw1Expression());
    }
}
