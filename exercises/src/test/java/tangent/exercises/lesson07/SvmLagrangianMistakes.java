package tangent.exercises.lesson07;

import tangent.grader.check.KnownMistake;

/**
 * The known mistake of the Lagrangian and its partials, with what to tell the student: the usual
 * convention's minus signs, where the task follows the text's plus signs. Public, beside the
 * samples, so that the samples and the grader's suite give the same hint for the same mistake.
 */
public final class SvmLagrangianMistakes {

    private SvmLagrangianMistakes() {
    }

    /** L with the multiplier terms subtracted, given the text's L. */
    public static KnownMistake lagrangian(String expected) {
        return KnownMistake.expression("your Lagrangian subtracts the multiplier terms. That is the usual convention, "
                + "but this task follows the text: L = a^2 + b^2 + l1 (t_1 (a x_1 + b y_1 + c) - 1) + ..., with plus "
                + "signs.", "2*(a^2 + b^2) - (" + expected + ")");
    }

    /** The partials of L with the multiplier terms subtracted, given the text's, in the order a, b, c, l1, .... */
    public static KnownMistake partialDerivatives(String[] expected) {
        String[] minus = new String[expected.length];
        for (int k = 0; k < expected.length; k++) {
            minus[k] = k < 2 ? "4*" + "ab".charAt(k) + " - (" + expected[k] + ")" : "-(" + expected[k] + ")";
        }
        return KnownMistake.vector("these are the derivatives of a^2 + b^2 minus the multiplier terms. This task "
                + "follows the text's Lagrangian, with plus signs: dL/da = 2a + l1 t_1 x_1 + ....", minus);
    }
}
