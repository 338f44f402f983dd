package tangent.grader.check;

import java.util.random.RandomGenerator;

/**
 * A wrong answer of formulas that students write, and what to tell them. A {@link Hint} reads the
 * values of one expression; a mistake of the whole answer (two components swapped, a transposed
 * matrix, the other sign convention) is recognised here instead, by comparing a wrong answer with
 * the mistake itself. Mistakes are consulted only when the answer is wrong, so one that happens to
 * be right too costs nothing.
 *
 * @param formulas the wrong answer, rows of entries (one row of one entry for an expression)
 * @param message  the explanation, appended to the check's message after "Hint: "
 */
public record KnownMistake(String[][] formulas, String message) {

    public static KnownMistake expression(String message, String formula) {
        return new KnownMistake(new String[][] {{formula}}, message);
    }

    public static KnownMistake vector(String message, String... formulas) {
        return new KnownMistake(new String[][] {formulas.clone()}, message);
    }

    public static KnownMistake matrix(String message, String[][] formulas) {
        return new KnownMistake(formulas, message);
    }

    /** {@link ExpressionCheck#check}, and when the answer is wrong, the first mistake it makes, named. */
    public static void check(ExpressionCheck check, String what, String answer, String expected, RandomGenerator random,
            KnownMistake... mistakes) {
        try {
            check.check(what, answer, expected, random);
        } catch (AssertionError wrong) {
            for (KnownMistake mistake : mistakes) {
                if (answer != null && mistake.formulas.length == 1 && mistake.formulas[0].length == 1
                        && check.compare(answer, mistake.formulas[0][0], random).kind() == ExpressionCheck.Kind.CORRECT) {
                    throw mistake.named(wrong);
                }
            }
            throw wrong;
        }
    }

    /** {@link ExpressionCheck#checkVector}, and when the answer is wrong, the first mistake it makes, named. */
    public static void checkVector(ExpressionCheck check, String what, String[] answer, String[] expected,
            RandomGenerator random, KnownMistake... mistakes) {
        try {
            check.checkVector(what, answer, expected, random);
        } catch (AssertionError wrong) {
            for (KnownMistake mistake : mistakes) {
                if (answer != null && mistake.formulas.length == 1 && answer.length == mistake.formulas[0].length
                        && check.compareVector(answer, mistake.formulas[0], random).kind() == ExpressionCheck.Kind.CORRECT) {
                    throw mistake.named(wrong);
                }
            }
            throw wrong;
        }
    }

    /** {@link ExpressionCheck#checkMatrix}, and when the answer is wrong, the first mistake it makes, named. */
    public static void checkMatrix(ExpressionCheck check, String what, String[][] answer, String[][] expected,
            RandomGenerator random, KnownMistake... mistakes) {
        try {
            check.checkMatrix(what, answer, expected, random);
        } catch (AssertionError wrong) {
            for (KnownMistake mistake : mistakes) {
                if (answer != null && sameShape(answer, mistake.formulas)
                        && check.compareMatrix(answer, mistake.formulas, random).kind() == ExpressionCheck.Kind.CORRECT) {
                    throw mistake.named(wrong);
                }
            }
            throw wrong;
        }
    }

    private AssertionError named(AssertionError wrong) {
        return new AssertionError(wrong.getMessage() + " Hint: " + message, wrong);
    }

    private static boolean sameShape(String[][] a, String[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int r = 0; r < a.length; r++) {
            if (a[r] == null || a[r].length != b[r].length) {
                return false;
            }
        }
        return true;
    }
}
