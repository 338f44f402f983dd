package tangent.suites.lesson03;

import java.util.List;
import tangent.grader.check.Hint;

/**
 * Hints for arrays and matrices where a known-wrong computation agrees with the right one at some
 * entries (the start of a path, an angle of 45 degrees): they fit when every entry is what the
 * mistake gives ({@link Hint#matches}).
 */
final class Fits {

    private Fits() {
    }

    /** Shown when every compared value is, within 1e-6 relative, what the wrong computation gives. */
    static Hint fits(double[] wrong, String explanation) {
        return Hint.matches(wrong, explanation);
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
