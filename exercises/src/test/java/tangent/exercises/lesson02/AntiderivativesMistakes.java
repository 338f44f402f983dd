package tangent.exercises.lesson02;

import tangent.grader.check.Hint;

/**
 * The known mistakes of the two antiderivatives, with what to tell the student. Public, beside the
 * samples, so that the samples and the grader's suite give the same hint for the same mistake. A
 * hint reads the derivative of the answer, as the check judges it.
 */
public final class AntiderivativesMistakes {

    /** Wrong antiderivatives of 2x. */
    public static Hint[] ofTwoX() {
        return new Hint[] {
            Hint.whenAnswerIs(x -> 4 * x, "x^2 has derivative 2x; 2x^2 has 4x: divide by the new exponent.")};
    }

    /** Wrong antiderivatives of 3x^2 - 4x. */
    public static Hint[] ofThreeXSquaredMinusFourX() {
        return new Hint[] {
            Hint.whenAnswerIs(x -> 9 * x * x - 8 * x, "raise each power by one and divide by the new exponent: "
                    + "the antiderivative of 3x^2 is x^3, of -4x is -2x^2."),
            Hint.whenAnswerIs(x -> 3 * x * x + 4 * x, "check the sign of the x^2 term: (-2x^2)' = -4x.")};
    }

    private AntiderivativesMistakes() {
    }
}
