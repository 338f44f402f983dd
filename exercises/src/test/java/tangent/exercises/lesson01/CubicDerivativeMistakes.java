package tangent.exercises.lesson01;

import tangent.grader.check.Hint;

/**
 * The known mistakes of the cubic's derivative, with what to tell the student. Public, beside the
 * samples, so that the samples and the grader's suite give the same hint for the same mistake.
 */
public final class CubicDerivativeMistakes {

    /** Wrong derivatives of x^3 - 2x^2 + 1, as values or as an expression. */
    public static Hint[] derivative() {
        return new Hint[] {
            Hint.whenAnswerIs(x -> 3 * x * x + 4 * x, "check the sign of the 4x term: the derivative of -2x^2 is -4x."),
            Hint.whenAnswerIs(x -> 3 * x * x - 4 * x + 1, "the derivative of the constant 1 is 0."),
            Hint.whenAnswerIs(x -> 3 * x * x - 2 * x, "the power rule brings the exponent down: d/dx 2x^2 = 4x."),
            Hint.whenAnswerIs(x -> x * x - 4 * x, "the power rule brings the exponent down: d/dx x^3 = 3x^2."),
            Hint.whenAnswerIs(x -> x * x * x - 2 * x * x + 1, "that is f itself: differentiate it."),
            Hint.signFlip()};
    }

    private CubicDerivativeMistakes() {
    }
}
