package tangent.suites.lesson06;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;

/** Small helpers the Lesson 06 suites share: showing arrays, and hints on whole arrays. */
final class Arrays06 {

    private Arrays06() {
    }

    /** {1, 2.5} as a student would write it. */
    static String show(double[] values) {
        if (values == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Numbers.show(values[i]));
        }
        return text.append('}').toString();
    }

    /**
     * A hint shown when the answer, compared value by value, equals what a known-wrong computation
     * gives at every value (unlike {@link Hint#matches}, values where the mistake happens to give
     * the right answer do not hide it), and differs from the right answer somewhere.
     */
    static Hint whenAnswerEquals(double[] wrong, String explanation) {
        return pairs -> {
            if (pairs.size() != wrong.length) {
                return Optional.empty();
            }
            boolean telling = false;
            for (int i = 0; i < wrong.length; i++) {
                if (!close(pairs.get(i).actual(), wrong[i])) {
                    return Optional.empty();
                }
                telling |= !close(pairs.get(i).actual(), pairs.get(i).expected());
            }
            return telling ? Optional.of(explanation) : Optional.empty();
        };
    }

    /** A hint offered when a condition on all pairs holds. */
    static Hint when(Predicate<List<Hint.Pair>> condition, String explanation) {
        return pairs -> condition.test(pairs) ? Optional.of(explanation) : Optional.empty();
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
    }
}
