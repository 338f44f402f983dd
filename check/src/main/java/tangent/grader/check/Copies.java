package tangent.grader.check;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The Javadoc's promises about arrays, checked exactly: an argument the caller hands over is left
 * unchanged, bit for bit (a one-ulp drift is a change, and so is 0.0 becoming -0.0), and an answer
 * is a new array: not an argument, not shared between rows, not an internal array handed out again
 * (a caller who overwrites one answer must not change the next).
 */
public final class Copies {

    private Copies() {
    }

    /** A copy of an argument taken before the call, to compare with afterwards. */
    public static double[] snapshot(double[] values) {
        return values == null ? null : values.clone();
    }

    /** A deep copy of a matrix argument taken before the call. */
    public static double[][] snapshot(double[][] rows) {
        if (rows == null) {
            return null;
        }
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i] == null ? null : rows[i].clone();
        }
        return copy;
    }

    /** Fails unless {@code after} is {@code before} bit for bit; {@code what} names the argument. */
    public static void unchanged(String what, double[] before, double[] after) {
        if (!Arrays.equals(before, after)) { // Arrays.equals on double[] compares bits (doubleToLongBits)
            throw new AssertionError(what + " was changed: it was " + Numbers.show(before) + " before the call and is "
                    + Numbers.show(after) + " after it" + firstChange(before, after)
                    + ". Leave the caller's array as it is: work on a copy.");
        }
    }

    /** As {@link #unchanged(String, double[], double[])}, for a matrix (rows of columns). */
    public static void unchanged(String what, double[][] before, double[][] after) {
        if (!Arrays.deepEquals(before, after)) {
            throw new AssertionError(what + " was changed: it was " + Numbers.show(before) + " before the call and is "
                    + Numbers.show(after) + " after it. Leave the caller's matrix as it is: work on a copy.");
        }
    }

    /** Fails if {@code answer} is one of {@code arguments}, or one of its rows is a row of one. */
    public static void notAliased(String call, Object answer, Object... arguments) {
        for (Object argument : arguments) {
            if (answer != null && answer == argument) {
                throw new AssertionError(call + " returned the array it was given: return a new array, so that the "
                        + "caller's own array and your answer stay separate.");
            }
            if (answer instanceof Object[] rows) {
                for (Object row : rows) {
                    if (row != null && row == argument) {
                        throw new AssertionError(call + " returned an array it was given as a row of its answer: each "
                                + "row of the answer must be a new array.");
                    }
                    if (argument instanceof Object[] theirs) {
                        for (Object their : theirs) {
                            if (row != null && row == their) {
                                throw new AssertionError(call + " returned a row of the matrix it was given: each row "
                                        + "of the answer must be a new array.");
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Calls {@code method} three times (it must give the same answer each time): the answers must
     * be different arrays, and overwriting the first with NaN must not change the third.
     */
    public static void fresh(String call, Supplier<double[]> method) {
        double[] first = method.get();
        Checks.that(first != null, call + " returned null.");
        double[] kept = first.clone();
        double[] second = method.get();
        Checks.that(second != first, call + " returned the same array object twice: return a new array each time, "
                + "so a caller who changes one answer does not change another.");
        Arrays.fill(first, Double.NaN);
        double[] third = method.get();
        Checks.that(Arrays.equals(third, kept), call + " gave " + Numbers.show(kept) + ", but after the caller "
                + "overwrote that answer with NaN the same call gave " + Numbers.show(third) + ": return a new array "
                + "each time.");
    }

    /** As {@link #fresh}, for a matrix: no row shared with another row or with another answer. */
    public static void freshRows(String call, Supplier<double[][]> method) {
        double[][] first = method.get();
        Checks.that(first != null, call + " returned null.");
        double[][] kept = snapshot(first);
        for (int i = 0; i < first.length; i++) {
            for (int j = 0; j < i; j++) {
                Checks.that(first[i] == null || first[i] != first[j], call + ": rows " + j + " and " + i
                        + " are the same array object: each row must be a new array.");
            }
        }
        double[][] second = method.get();
        Checks.that(second != first, call + " returned the same matrix object twice: return a new one each time.");
        for (double[] row : first) {
            if (row != null) {
                Arrays.fill(row, Double.NaN);
            }
        }
        double[][] third = method.get();
        Checks.that(Arrays.deepEquals(third, kept), call + ": after the caller overwrote the rows of one answer with "
                + "NaN, the same call gave " + Numbers.show(third) + " instead of " + Numbers.show(kept)
                + ": return new rows each time.");
    }

    /** As {@link #fresh}, for an array of formulas. */
    public static void freshStrings(String call, Supplier<String[]> method) {
        String[] first = method.get();
        Checks.that(first != null, call + " returned null.");
        String[] kept = first.clone();
        Checks.that(method.get() != first, call + " returned the same array object twice: return a new array each "
                + "time.");
        Arrays.fill(first, "overwritten");
        String[] third = method.get();
        Checks.that(Arrays.equals(third, kept), call + ": after the caller overwrote one answer, the same call gave "
                + Numbers.show(third) + " instead of " + Numbers.show(kept) + ": return a new array each time.");
    }

    /** As {@link #freshStrings}, for a matrix of formulas: no row shared with another row or answer. */
    public static void freshStringRows(String call, Supplier<String[][]> method) {
        String[][] first = method.get();
        Checks.that(first != null, call + " returned null.");
        String[][] kept = new String[first.length][];
        for (int i = 0; i < first.length; i++) {
            kept[i] = first[i] == null ? null : first[i].clone();
            for (int j = 0; j < i; j++) {
                Checks.that(first[i] == null || first[i] != first[j], call + ": rows " + j + " and " + i
                        + " are the same array object: each row must be a new array.");
            }
        }
        Checks.that(method.get() != first, call + " returned the same matrix object twice: return a new one each time.");
        for (String[] row : first) {
            if (row != null) {
                Arrays.fill(row, "overwritten");
            }
        }
        String[][] third = method.get();
        Checks.that(Arrays.deepEquals(third, kept), call + ": after the caller overwrote the rows of one answer, the "
                + "same call gave " + Arrays.deepToString(third) + " instead of " + Arrays.deepToString(kept)
                + ": return new rows each time.");
    }

    private static String firstChange(double[] before, double[] after) {
        if (before == null || after == null || before.length != after.length) {
            return "";
        }
        for (int i = 0; i < before.length; i++) {
            if (Double.doubleToLongBits(before[i]) != Double.doubleToLongBits(after[i])) {
                return " (element [" + i + "]: " + Double.toString(before[i]) + " became " + Double.toString(after[i]) + ")";
            }
        }
        return "";
    }

    /**
     * The promise "returns a new array": the result is none of the arrays given, and a second call
     * with the same input returns another array (not an internal one handed out twice). An empty
     * result is exempt: nobody can change it, so sharing one is harmless.
     */
    public static void distinct(String what, Object result, Object again, Object... given) {
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
}
