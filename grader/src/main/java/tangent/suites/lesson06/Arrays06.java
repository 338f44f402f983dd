package tangent.suites.lesson06;

import java.util.List;
import java.util.function.Predicate;
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

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
    }
}
