package tangent.suites.lesson03;

import java.util.random.RandomGenerator;
import tangent.grader.check.ExpressionCheck;

/**
 * A wrong vector of formulas that students write, with what to tell them. Formula checks compare
 * entry by entry, so a mistake that concerns the whole vector (two components swapped) is
 * recognised here, by checking the answer against the wrong vector itself.
 *
 * @param formulas the wrong vector, in symja's syntax
 * @param message  the explanation
 */
record KnownMistake(String[] formulas, String message) {

    static KnownMistake of(String message, String... formulas) {
        return new KnownMistake(formulas, message);
    }

    /**
     * Checks the answer; when it is wrong and one of the mistakes explains it, the failure message
     * ends with that mistake's hint.
     */
    static void checkVector(ExpressionCheck check, String what, String[] answer, String[] expected,
            RandomGenerator random, KnownMistake... mistakes) {
        try {
            check.checkVector(what, answer, expected, random);
        } catch (AssertionError wrong) {
            for (KnownMistake mistake : mistakes) {
                if (answer != null && answer.length == mistake.formulas.length
                        && check.compareVector(answer, mistake.formulas, random).kind() == ExpressionCheck.Kind.CORRECT) {
                    throw new AssertionError(wrong.getMessage() + " Hint: " + mistake.message, wrong);
                }
            }
            throw wrong;
        }
    }
}
