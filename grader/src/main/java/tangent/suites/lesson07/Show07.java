package tangent.suites.lesson07;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;

/** Helpers the Lesson 07 suites share: numbers, lines and point sets shown as a student writes them; hints on pairs. */
final class Show07 {

    private Show07() {
    }

    static String array(double[] values) {
        return Numbers.show(values);
    }

    static String array(int[] values) {
        return values == null ? "null" : Arrays.toString(values).replace('[', '{').replace(']', '}');
    }

    static String points(double[][] points) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < points.length; i++) {
            text.append(i == 0 ? "" : ", ").append(array(points[i]));
        }
        return text.append('}').toString();
    }

    /** A hint offered when a condition on all compared pairs holds. */
    static Hint when(Predicate<List<Hint.Pair>> condition, String explanation) {
        return Hint.when(condition, explanation);
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
    }

    static double[][] copy(double[][] points) {
        return Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
    }
}
