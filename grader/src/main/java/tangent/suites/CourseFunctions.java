package tangent.suites;

import tangent.grader.check.ExpressionCheck;

/** The course's own function names, declared to the checks of the exercises whose text uses them. */
public final class CourseFunctions {

    /** The sigmoid of Lessons 01, 04 and 05, S(z) = 1 / (1 + e^-z), with # for z. */
    public static final String SIGMOID = "1/(1+E^(-#))";

    private CourseFunctions() {
    }

    /** The check, also reading S(z) as the text writes it, and σ(z) and sigmoid(z), as the sigmoid. */
    public static ExpressionCheck withSigmoid(ExpressionCheck check) {
        return check.withFunction("S", SIGMOID).withFunction("\u03C3", SIGMOID).withFunction("sigmoid", SIGMOID);
    }
}
