package tangent.suites.lesson08;

import java.util.random.RandomGenerator;
import tangent.grader.check.Checks;
import tangent.grader.check.Numbers;

/** Random images and kernels, and the matrix bookkeeping the suites share. */
final class Images {

    private Images() {
    }

    /** A rows x columns matrix of values in [-1, 1), with two decimals so that messages stay short. */
    static double[][] random(RandomGenerator random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = Math.round((random.nextDouble() * 2 - 1) * 100) / 100.0;
            }
        }
        return m;
    }


    static boolean same(double[][] a, double[][] b) {
        return java.util.Arrays.deepEquals(a, b);
    }


    /**
     * The promise "returns new arrays": neither the result nor any of its rows is an array the
     * method was given (or a row of one), so a caller who changes one changes nothing else.
     */
    static void checkFresh(String what, double[][] result, double[][]... given) {
        if (result == null) {
            return;
        }
        for (double[][] m : given) {
            Checks.that(result != m, what + " returned a matrix it was given, not a new one: return new arrays.");
            for (double[] row : result) {
                for (double[] mine : m) {
                    Checks.that(row != mine, what + " returned a row of a matrix it was given (" + Numbers.show(row)
                            + "): copy it, or the caller's matrix and your result share that row.");
                }
            }
        }
    }

    /** The second call's result shares no row with the first's: no internal array handed out twice. */
    static void checkNotShared(String what, double[][] first, double[][] second) {
        Checks.that(first != second, what + " returned the same matrix object on two calls: return a new one each time.");
        for (double[] a : first) {
            for (double[] b : second) {
                Checks.that(a != b, what + " returned the same row array on two calls: return new arrays each time.");
            }
        }
    }

    /** A small matrix as a student writes it, {{1, 2}, {3, 4}}; a larger one by its shape, "a 5 x 6 {noun}". */
    static String describe(double[][] m, String noun) {
        if (m.length * m[0].length > 12) {
            return "a " + shape(m) + " " + noun;
        }
        StringBuilder text = new StringBuilder("{");
        for (int r = 0; r < m.length; r++) {
            text.append(r == 0 ? "" : ", ").append(Numbers.show(m[r]));
        }
        return text.append('}').toString();
    }

    static String shape(double[][] m) {
        return m.length + " x " + (m.length == 0 ? 0 : m[0].length);
    }

    /**
     * Checks an output's shape before its values, naming the usual off-by-one shapes. {@code rows}
     * and {@code columns} are the expected shape, {@code kh} and {@code kw} the kernel's.
     */
    static void checkShape(String what, int rows, int columns, double[][] actual, int kh, int kw) {
        Checks.that(actual != null, what + ": expected a " + rows + " x " + columns + " matrix, got null.");
        int got = actual.length == 0 || actual[0] == null ? 0 : actual[0].length;
        boolean ragged = false;
        for (double[] row : actual) {
            ragged |= row == null || row.length != got;
        }
        if (!ragged && actual.length == rows && got == columns) {
            return;
        }
        String message = what + ": expected a " + rows + " x " + columns + " matrix, got "
                + (ragged ? "rows of different lengths" : actual.length + " x " + got) + ".";
        if (!ragged && actual.length == rows - 1 && got == columns - 1) {
            message += " Hint: one row and one column short. The kernel fits in H - kh + 1 positions down and "
                    + "W - kw + 1 across: loop i from 0 to H - kh inclusive.";
        } else if (!ragged && actual.length == rows + kh - 1 && got == columns + kw - 1) {
            message += " Hint: that is the size of the image (a 'same' or padded output); the valid output only "
                    + "keeps positions where the kernel fits entirely: (H - kh + 1) x (W - kw + 1).";
        } else if (!ragged && actual.length == columns && got == rows) {
            message += " Hint: rows and columns are swapped: m[r][c] is row r, column c.";
        }
        throw new AssertionError(message);
    }
}
