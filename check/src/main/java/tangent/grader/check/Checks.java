package tangent.grader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Assertions for suites whose failure messages are feedback: what was checked, what was expected,
 * what came back, where, by how much it missed, and a hint when a known mistake fits. Each check
 * throws {@link AssertionError}, which the grader reports as a failed test.
 */
public final class Checks {

    private Checks() {
    }

    /** One number. {@code what} names it as the student knows it, e.g. {@code "S'(2)"}. */
    public static void close(String what, double expected, double actual, Tolerance tolerance, Hint... hints) {
        if (!tolerance.isClose(actual, expected)) {
            throw new AssertionError(what + ": expected " + Numbers.show(expected) + ", got "
                    + Numbers.show(actual) + miss(expected, actual, tolerance)
                    + hint(List.of(Hint.Pair.of(expected, actual)), hints));
        }
    }

    /** An array, element by element, after its length; the worst element is reported. */
    public static void closeArray(String what, double[] expected, double[] actual, Tolerance tolerance,
            Hint... hints) {
        if (actual == null) {
            throw new AssertionError(what + ": expected an array of length " + expected.length + ", got null");
        }
        double[] copy = actual.clone();
        if (copy.length != expected.length) {
            throw new AssertionError(what + ": expected an array of length " + expected.length
                    + ", got length " + copy.length);
        }
        int worst = worstIndex(expected, copy, tolerance);
        if (worst >= 0) {
            throw new AssertionError(what + ": element [" + worst + "] expected "
                    + Numbers.show(expected[worst]) + ", got " + Numbers.show(copy[worst])
                    + miss(expected[worst], copy[worst], tolerance) + hint(pairs(expected, copy), hints));
        }
    }

    /**
     * A matrix (rows of columns), shape first, then element by element; the worst entry is
     * reported as {@code [row][column]}.
     */
    public static void closeMatrix(String what, double[][] expected, double[][] actual, Tolerance tolerance,
            Hint... hints) {
        int columns = expected.length == 0 ? 0 : expected[0].length;
        String shape = expected.length + "x" + columns;
        if (actual == null) {
            throw new AssertionError(what + ": expected a " + shape + " matrix, got null");
        }
        if (actual.length != expected.length) {
            throw new AssertionError(what + ": expected a " + shape + " matrix, got " + actual.length + " rows");
        }
        double[] want = new double[expected.length * columns];
        double[] got = new double[want.length];
        for (int r = 0; r < expected.length; r++) {
            if (actual[r] == null || actual[r].length != expected[r].length) {
                throw new AssertionError(what + ": expected a " + shape + " matrix, but row " + r + " has "
                        + (actual[r] == null ? "no entries (null)" : actual[r].length + " entries"));
            }
            System.arraycopy(expected[r], 0, want, r * columns, columns);
            System.arraycopy(actual[r], 0, got, r * columns, columns);
        }
        int worst = worstIndex(want, got, tolerance);
        if (worst >= 0) {
            throw new AssertionError(what + ": entry [" + worst / columns + "][" + worst % columns + "] expected "
                    + Numbers.show(want[worst]) + ", got " + Numbers.show(got[worst])
                    + miss(want[worst], got[worst], tolerance) + hint(pairs(want, got), hints));
        }
    }

    /**
     * A function, sampled at the given points; the point where it misses most is reported.
     * {@code what} names the function, e.g. {@code "S'"}; the point is shown as "at x = ...".
     */
    public static void closeAt(String what, double[] xs, DoubleUnaryOperator expected, DoubleUnaryOperator actual,
            Tolerance tolerance, Hint... hints) {
        double[] want = new double[xs.length];
        double[] got = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            want[i] = expected.applyAsDouble(xs[i]);
            got[i] = actual.applyAsDouble(xs[i]);
        }
        int worst = worstIndex(want, got, tolerance);
        if (worst >= 0) {
            CheckNotes.failedCurve(sortedCurve(what, xs, want, got));
            throw new AssertionError(what + " at x = " + Numbers.show(xs[worst]) + ": expected "
                    + Numbers.show(want[worst]) + ", got " + Numbers.show(got[worst])
                    + miss(want[worst], got[worst], tolerance) + hint(pairs(xs, want, got), hints));
        }
    }

    /**
     * A call that must be refused with an exception of the given type. {@code call} shows the call
     * as the student would write it, e.g. {@code "forward(f, 1, 0)"}.
     */
    public static void refuses(String call, Class<? extends Throwable> expected, java.util.function.Supplier<?> action) {
        Object returned;
        try {
            returned = action.get();
        } catch (Throwable thrown) {
            if (expected.isInstance(thrown)) {
                return;
            }
            // the cause stays: a method the student has not written yet is then reported as such
            throw new AssertionError(call + " should throw " + expected.getSimpleName() + ", but threw "
                    + thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()),
                    thrown);
        }
        throw new AssertionError(call + " should throw " + expected.getSimpleName() + ", but returned "
                + Numbers.show(returned));
    }

    /** A condition with its own message, for checks that are not about closeness. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static Curve sortedCurve(String what, double[] xs, double[] want, double[] got) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> xs[i]));
        double[] x = new double[xs.length];
        double[] e = new double[xs.length];
        double[] a = new double[xs.length];
        for (int i = 0; i < order.length; i++) {
            x[i] = xs[order[i]];
            e[i] = want[order[i]];
            a[i] = got[order[i]];
        }
        return new Curve(what, x, e, a);
    }

    /**
     * The index of the element that misses by the most (the one a failing check reports), -1 when
     * all are close. Public so suites can say which inputs that element came from.
     */
    public static int worstIndex(double[] expected, double[] actual, Tolerance tolerance) {
        int worst = -1;
        double worstExcess = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < expected.length; i++) {
            if (!tolerance.isClose(actual[i], expected[i])) {
                double excess = Math.abs(actual[i] - expected[i]) - tolerance.allowed(expected[i]);
                if (worst < 0 || !(excess <= worstExcess)) {
                    worst = i;
                    worstExcess = Double.isNaN(excess) ? Double.POSITIVE_INFINITY : excess;
                }
            }
        }
        return worst;
    }

    private static List<Hint.Pair> pairs(double[] expected, double[] actual) {
        return pairs(null, expected, actual);
    }

    private static List<Hint.Pair> pairs(double[] xs, double[] expected, double[] actual) {
        List<Hint.Pair> pairs = new ArrayList<>(expected.length);
        for (int i = 0; i < expected.length; i++) {
            pairs.add(new Hint.Pair(xs == null ? Double.NaN : xs[i], expected[i], actual[i]));
        }
        return pairs;
    }

    private static String miss(double expected, double actual, Tolerance tolerance) {
        if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
            return ".";
        }
        return " (off by " + Numbers.show(Math.abs(actual - expected)) + ", allowed "
                + Numbers.show(tolerance.allowed(expected)) + ").";
    }

    private static String hint(List<Hint.Pair> pairs, Hint... hints) {
        for (Hint hint : hints) {
            var explanation = hint.explain(pairs);
            if (explanation.isPresent()) {
                return " Hint: " + explanation.get();
            }
        }
        return "";
    }

    /**
     * {@code call} followed by which case its worst element came from, e.g.
     * {@code "loss(y, yhat) over 30 cases (element [4] is loss(1, 0.25))"}, so that a message about
     * element 12 of many random cases also says which inputs element 12 came from.
     */
    public static String overCases(String call, int count, java.util.function.IntFunction<String> element,
            double[] expected, double[] actual, Tolerance tolerance) {
        int worst = worstIndex(expected, actual, tolerance);
        String where = worst < 0 ? "" : " (element [" + worst + "] is " + element.apply(worst) + ")";
        return call + " over " + count + " cases" + where;
    }
}
