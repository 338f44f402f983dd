package tangent.exercises.lesson05;

import tangent.grader.check.Hint;

/**
 * The known mistakes of the activations' derivatives, with what to tell the student. Public, beside
 * the samples, so that the samples and the grader's suite give the same hint for the same mistake.
 */
public final class ActivationDerivativesMistakes {

    /** The text's own slip: its dsigmoid returns 2 * s * (1 - s). */
    public static final String FACTOR_TWO = "your S' is twice the right one: S'(z) = S(z) (1 - S(z)), with no factor 2. "
            + "The text's dsigmoid returns 2 * s * (1 - s); that factor 2 is a bug.";

    /** Wrong values of S'(z). */
    public static Hint[] sigmoid() {
        return new Hint[] {
            Hint.factor(2, FACTOR_TWO),
            Hint.whenAnswerIs(ActivationDerivativesMistakes::sigmoid, "that is S(z) itself: its slope is S(z) (1 - S(z))."),
            Hint.whenAnswerIs(z -> sigmoid(z) * (1 + sigmoid(z)), "S'(z) = S(z) (1 - S(z)): mind the minus sign."),
            Hint.whenAnswerIs(z -> z * (1 - z), "that is z (1 - z): text 002's sigmoid_derivative(x) = x (1 - x) expects the "
                    + "sigmoid's output, so S'(z) = S(z) (1 - S(z))."),
            Hint.signFlip()};
    }

    /** Wrong values or expressions of tanh'(z). */
    public static Hint[] tanh() {
        return new Hint[] {
            Hint.whenAnswerIs(z -> 1 - Math.tanh(z), "square tanh: tanh'(z) = 1 - tanh(z)^2."),
            Hint.whenAnswerIs(z -> 1 - z * z, "that is 1 - z^2: tanh'(z) = 1 - tanh(z)^2, with tanh applied first."),
            Hint.whenAnswerIs(z -> Math.tanh(z) * Math.tanh(z), "tanh'(z) = 1 - tanh(z)^2: you have tanh(z)^2 alone."),
            Hint.factor(2, "your tanh' is twice the right one: tanh'(z) = 1 - tanh(z)^2, with no factor 2."),
            Hint.signFlip()};
    }

    /** Wrong values of ReLU'(z). */
    public static Hint[] relu() {
        return new Hint[] {
            Hint.whenAnswerIs(z -> z >= 0 ? 1 : 0, "ReLU has no slope at z = 0; take 0 there, as the text's drelu, (z > 0), does."),
            Hint.whenAnswerIs(z -> z > 0 ? 1 : z == 0 ? 0.5 : 0, "0.5 at z = 0 is a fair choice elsewhere, but this task takes 0 "
                    + "there, as the text's drelu, (z > 0), does."),
            Hint.whenAnswerIs(z -> Math.max(0, z), "that is ReLU itself: its slope is 1 where z > 0 and 0 elsewhere.")};
    }

    private ActivationDerivativesMistakes() {
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
