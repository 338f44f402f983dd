package tangent.exercises.lesson05;

import tangent.grader.check.Hint;

/**
 * The known mistakes of the nested sigmoids' derivatives as expressions, with what to tell the
 * student. Public, beside the samples, so that the samples and the grader's suite give the same
 * hint for the same mistake.
 */
public final class NestedSigmoidsMistakes {

    /** The text's dsigmoid slip, once in dy/dw2. */
    public static final String ONE_FACTOR_TWO = "your dy/dw2 is twice the right one: S'(z) = S(z) (1 - S(z)), with no "
            + "factor 2. The text's dsigmoid returns 2 * s * (1 - s); that factor 2 is a bug.";
    /** The same slip in each of dy/dw1's two sigmoid slopes. */
    public static final String TWO_FACTORS_TWO = "your dy/dw1 is four times the right one: it multiplies two sigmoid "
            + "slopes, and each has a factor 2 too many. S'(z) = S(z) (1 - S(z)); the text's dsigmoid's 2 * s * (1 - s) is a bug.";

    /** Wrong expressions of dy/dw2. */
    public static Hint[] dw2Expression() {
        return new Hint[] {    Hint.factor(2, ONE_FACTOR_TWO), Hint.signFlip()};
    }
    /** Wrong expressions of dy/dw1. */
    public static Hint[] dw1Expression() {
        return new Hint[] {    Hint.factor(4, TWO_FACTORS_TWO), Hint.signFlip()};
    }

    private NestedSigmoidsMistakes() {
    }
}
