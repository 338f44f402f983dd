package tangent.suites;

import tangent.exercises.Notation;
import tangent.grader.check.ExpressionCheck;

/** The course's own function names ({@link Notation}), declared to the checks of the exercises whose text uses them. */
public final class CourseFunctions {

    /** The sigmoid of Lessons 01, 04 and 05, with # for its argument. */
    public static final String SIGMOID = Notation.SIGMOID;

    private CourseFunctions() {
    }

    /** The check, also reading S(z) as the text writes it, and σ(z) and sigmoid(z), as the sigmoid. */
    public static ExpressionCheck withSigmoid(ExpressionCheck check) {
        return check.withFunction(Notation.SIGMOID_NAMES, Notation.SIGMOID);
    }
}
