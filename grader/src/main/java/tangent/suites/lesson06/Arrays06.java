package tangent.suites.lesson06;

import java.util.List;
import java.util.function.Predicate;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;

/** Small helpers the Lesson 06 suites share: showing arrays, and hints on whole arrays. */
final class Arrays06 {

    private Arrays06() {
    }

    /** {1, 2.5} as a student would write it. */
    static String show(double[] values) {
        return Numbers.show(values);
    }

    /**
     * A hint shown when the answer, compared value by value, equals what a known-wrong computation
     * gives at every value, and differs from the right answer somewhere ({@link Hint#matches}).
     */
    static Hint whenAnswerEquals(double[] wrong, String explanation) {
        return Hint.matches(wrong, explanation);
    }

    /** A hint offered when a condition on all pairs holds. */
    static Hint when(Predicate<List<Hint.Pair>> condition, String explanation) {
        return Hint.when(condition, explanation);
    }

    /**
     * The promise "returns a new array": the result is none of the arrays given, and a second call
     * with the same input returns another array (not an internal one handed out twice). An empty
     * result is exempt: nobody can change it, so sharing one is harmless.
     */
    static void checkNew(String what, Object result, Object again, Object... given) {
        if (result == null || java.lang.reflect.Array.getLength(result) == 0) {
            return;
        }
        for (Object argument : given) {
            Checks.that(result != argument, what + " returned the array it was given, not a new one: the caller's "
                    + "array and your result are then one array, and changing one changes the other.");
        }
        Checks.that(result != again, what + " returned the same array object on two calls: return a new array each "
                + "time, or a caller who changes one result changes the other.");
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
    }
}
