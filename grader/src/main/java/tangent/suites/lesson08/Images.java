package tangent.suites.lesson08;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import tangent.grader.check.Checks;

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

    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = m[r].clone();
        }
        return out;
    }

    static boolean same(double[][] a, double[][] b) {
        return java.util.Arrays.deepEquals(a, b);
    }

    /** Row-major values, the order in which Checks.closeMatrix hands pairs to hints. */
    static List<Double> flat(double[][] m) {
        List<Double> values = new ArrayList<>();
        for (double[] row : m) {
            for (double v : row) {
                values.add(v);
            }
        }
        return values;
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
