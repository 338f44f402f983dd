package tangent.suites.lesson04;

import tangent.exercises.lesson04.JacobianFormulasMistakes;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;

/**
 * Jacobian checks of numbers that know the Jacobian's convention: rows are outputs, columns inputs.
 * A transposed answer fails with a message that says so, whether its shape gives it away (m x n
 * against n x m) or not (a square matrix). Jacobians of formulas are checked by the public
 * {@link JacobianFormulasMistakes#check}, which the samples use too.
 */
final class JacobianChecks {

    static final String TRANSPOSED = JacobianFormulasMistakes.TRANSPOSED;

    private JacobianChecks() {
    }

    /** Numbers: shape, then entries; a transposed answer is named as such. */
    static void closeJacobian(String what, double[][] expected, double[][] actual, Tolerance tolerance, Hint... hints) {
        if (actual != null && !isClose(expected, actual, tolerance) && isClose(transpose(expected), actual, tolerance)) {
            int rows = expected.length;
            int columns = rows == 0 ? 0 : expected[0].length;
            throw new AssertionError(what + ": expected the " + rows + "x" + columns + " Jacobian " + show(expected)
                    + ", got its transpose " + show(actual) + ". Hint: " + TRANSPOSED);
        }
        Checks.closeMatrix(what, expected, actual, tolerance, hints);
    }

    static double[][] transpose(double[][] m) {
        int columns = m.length == 0 ? 0 : m[0].length;
        double[][] t = new double[columns][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < columns; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }

    static String show(double[][] m) {
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r < m.length; r++) {
            text.append(r == 0 ? "[" : ", [");
            for (int c = 0; m[r] != null && c < m[r].length; c++) {
                text.append(c == 0 ? "" : ", ").append(Numbers.show(m[r][c]));
            }
            text.append("]");
        }
        return text.append("]").toString();
    }

    static boolean isClose(double[][] expected, double[][] actual, Tolerance tolerance) {
        if (actual.length != expected.length) {
            return false;
        }
        for (int r = 0; r < expected.length; r++) {
            if (actual[r] == null || actual[r].length != expected[r].length) {
                return false;
            }
            for (int c = 0; c < expected[r].length; c++) {
                if (!tolerance.isClose(actual[r][c], expected[r][c])) {
                    return false;
                }
            }
        }
        return true;
    }
}
