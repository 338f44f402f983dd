package tangent.exercises.lesson01;

import tangent.grader.check.Hint;

/**
 * The known mistakes of the sigmoid's derivative, with what to tell the student. Public, beside the
 * samples, so that the samples and the grader's suite give the same hint for the same mistake.
 */
public final class SigmoidMistakes {

    /** Wrong derivatives of S(x) = 1 / (1 + e^-x), as values or as an expression. */
    public static Hint[] derivative() {
        return new Hint[] {
            Hint.factor(2, "your derivative is twice the right one: S'(x) = S(x) (1 - S(x)), with no factor 2 "
                    + "(a slip that appears even in published code)."),
            Hint.whenAnswerIs(SigmoidMistakes::sigmoid, "that is S(x) itself: differentiate it, for example to S(x) (1 - S(x))."),
            Hint.whenAnswerIs(x -> sigmoid(x) * (1 + sigmoid(x)), "S'(x) = S(x) (1 - S(x)): mind the minus sign."),
            Hint.whenAnswerIs(x -> Math.exp(x) / Math.pow(1 + Math.exp(-x), 2),
                    "the chain rule on e^-x gives -e^-x: the numerator is e^-x, not e^x."),
            Hint.signFlip()};
    }

    private SigmoidMistakes() {
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
