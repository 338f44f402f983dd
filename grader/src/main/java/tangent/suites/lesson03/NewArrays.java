package tangent.suites.lesson03;

import java.util.Arrays;
import java.util.function.Supplier;
import tangent.grader.check.Checks;
import tangent.grader.check.Numbers;

/**
 * The Javadoc's "returns a new array", checked exactly: two calls give two different arrays (not a
 * field handed out twice), and a caller who overwrites the first answer does not change the next
 * one. Suite-local because tangent.grader.check has no such check yet (Lesson 04 keeps its own
 * copy for matrices; one shared Checks.freshArray would serve both).
 */
final class NewArrays {

    private NewArrays() {
    }

    /**
     * A method returning double[]: {@code answer} is what it returned (and the suite checked); the
     * caller overwrites it with NaN, calls once more, and must get a different array with the old values.
     */
    static void check(String call, double[] answer, Supplier<double[]> method) {
        Checks.that(answer != null, call + " returned null.");
        double[] kept = answer.clone();
        Arrays.fill(answer, Double.NaN);
        double[] again = method.get();
        Checks.that(again != answer, call + " returned the same array object twice: return a new array each time, so a "
                + "caller who changes one answer does not change another.");
        Checks.that(Arrays.equals(again, kept), call + " gave " + Numbers.show(kept) + ", but after the caller overwrote "
                + "that answer with NaN the same call gave " + Numbers.show(again) + ": return a new array each time.");
    }

    /** The same for double[][], row by row: no row is shared with another row or another call. */
    static void checkRows(String call, double[][] answer, Supplier<double[][]> method) {
        Checks.that(answer != null, call + " returned null.");
        for (int i = 0; i < answer.length; i++) {
            for (int j = 0; j < i; j++) {
                Checks.that(answer[i] == null || answer[i] != answer[j], call + ": rows " + j + " and " + i + " are the "
                        + "same array object: each row must be a new array.");
            }
        }
        double[][] kept = Arrays.stream(answer).map(row -> row == null ? null : row.clone()).toArray(double[][]::new);
        for (double[] row : answer) {
            if (row != null) {
                Arrays.fill(row, Double.NaN);
            }
        }
        double[][] again = method.get();
        Checks.that(again != answer, call + " returned the same array object twice: return a new array each time.");
        Checks.that(Arrays.deepEquals(again, kept), call + ": after the caller overwrote the rows of one answer with NaN, "
                + "the same call gave " + show(again) + " instead of " + show(kept) + ": return new rows each time.");
    }

    /** The same for String[]: a caller changing an entry does not change the next answer. */
    static void checkStrings(String call, String[] answer, Supplier<String[]> method) {
        Checks.that(answer != null, call + " returned null.");
        String[] kept = answer.clone();
        Arrays.fill(answer, "0");
        String[] again = method.get();
        Checks.that(again != answer, call + " returned the same array object twice: return a new array each time (a "
                + "caller may change its entries).");
        Checks.that(Arrays.equals(again, kept), call + " gave " + Arrays.toString(kept) + ", but after the caller "
                + "overwrote that answer the same call gave " + Arrays.toString(again) + ": return a new array each time.");
    }

    private static String show(double[][] rows) {
        if (rows == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < rows.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Numbers.show(rows[i]));
        }
        return text.append('}').toString();
    }
}
