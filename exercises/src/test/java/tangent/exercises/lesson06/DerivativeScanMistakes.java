package tangent.exercises.lesson06;

import tangent.grader.check.Hint;

/**
 * The known mistakes of d/dx log x, with what to tell the student. Public, beside the samples, so
 * that the samples and the grader's suite give the same hint for the same mistake.
 */
public final class DerivativeScanMistakes {

    /** Wrong derivatives of the natural logarithm. */
    public static Hint[] logDerivative() {
        return new Hint[] {
            Hint.whenAnswerIs(Math::log, "that is log x itself: differentiate it."),
            Hint.whenAnswerIs(x -> 1 / (x * Math.log(10)), "log here is the natural logarithm, whose derivative "
                    + "is 1/x; 1/(x ln 10) is the derivative of log base 10."),
            Hint.whenAnswerIs(x -> -1 / (x * x), "-1/x^2 is the derivative of 1/x: one differentiation too many."),
            Hint.signFlip()};
    }

    private DerivativeScanMistakes() {
    }
}
