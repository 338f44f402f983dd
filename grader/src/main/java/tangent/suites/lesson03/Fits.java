package tangent.suites.lesson03;

import java.util.List;
import java.util.Optional;
import tangent.grader.check.Hint;

/**
 * Hints for arrays where a known-wrong computation agrees with the right one at some entries (the
 * start of a path, an angle of 45 degrees): unlike {@link Hint#matches}, which stays silent when
 * any entry is right, these fit when every entry is what the mistake gives.
 */
final class Fits {

    private Fits() {
    }

    /** Shown when every compared value is, within 1e-6 relative, what the wrong computation gives. */
    static Hint fits(double[] wrong, String explanation) {
        return pairs -> {
            if (pairs.size() != wrong.length) {
                return Optional.empty();
            }
            for (int i = 0; i < wrong.length; i++) {
                double actual = pairs.get(i).actual();
                if (!(Math.abs(actual - wrong[i]) <= 1e-9 + 1e-6 * Math.abs(wrong[i]))) {
                    return Optional.empty();
                }
            }
            return Optional.of(explanation);
        };
    }

    /** The same, for a matrix compared entry by entry in row order. */
    static Hint fits(double[][] wrong, String explanation) {
        return fits(flatten(wrong), explanation);
    }

    static double[] flatten(double[][] matrix) {
        return java.util.Arrays.stream(matrix).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
