package tangent.exercises.lesson03;

import tangent.grader.check.KnownMistake;

/**
 * The known mistakes of the three surfaces' gradients, with what to tell the student. Public,
 * beside the samples, so that the samples and the grader's suite give the same hint for the same
 * mistake.
 */
public final class PartialDerivativesMistakes {

    private static final String ORDER = "the gradient lists df/dx first, then df/dy: your two components "
            + "are in the other order.";
    private static final String UNDIFFERENTIATED = "each component should be a partial derivative of f, "
            + "not f itself.";
    private static final String DOWNHILL = "your gradient has the opposite sign: it points downhill.";

    private PartialDerivativesMistakes() {
    }

    /** How a check of gradient(f) names it, in the samples and the suite alike. */
    public static String gradientCall(Surface f) {
        return "gradient(" + f.name() + "), the gradient of " + f.formula();
    }

    /** Wrong gradients of f that students write. */
    public static KnownMistake[] gradient(Surface f) {
        return switch (f) {
            case SQUARE_PLUS_CUBE -> new KnownMistake[] {
                KnownMistake.vector(ORDER, "3*y^2", "2*x"),
                KnownMistake.vector("the power rule brings the exponent down and lowers it by one: d/dy y^3 = 3y^2.",
                        "2*x", "3*y"),
                KnownMistake.vector("the power rule brings the exponent down as a factor: d/dy y^3 = 3y^2.", "2*x", "y^2"),
                KnownMistake.vector("the power rule lowers the exponent by one: d/dy y^3 = 3y^2, not 3y^3.",
                        "2*x", "3*y^3"),
                KnownMistake.vector(UNDIFFERENTIATED, "x^2 + y^3", "x^2 + y^3"),
                KnownMistake.vector(DOWNHILL, "-2*x", "-3*y^2")};
            case SUM_OF_SQUARES -> new KnownMistake[] {
                KnownMistake.vector(ORDER, "2*y", "2*x"),
                KnownMistake.vector("when differentiating in x, y is a constant and so is y^2: its derivative is 0.",
                        "2*x + 2*y", "2*x + 2*y"),
                KnownMistake.vector(UNDIFFERENTIATED, "x^2 + y^2", "x^2 + y^2"),
                KnownMistake.vector(DOWNHILL, "-2*x", "-2*y")};
            case SQUARE_OF_SUM -> new KnownMistake[] {
                KnownMistake.vector("the middle term counts too: d/dx 2xy = 2y (y is a constant), so df/dx = 2x + 2y.",
                        "2*x", "2*y"),
                KnownMistake.vector("in d/dx 2xy, y is a constant factor: the derivative is 2y, not 2xy or 2.",
                        "2*x + 2", "2*y + 2"),
                KnownMistake.vector(UNDIFFERENTIATED, "x^2 + 2*x*y + y^2", "x^2 + 2*x*y + y^2")};
        };
    }
}
