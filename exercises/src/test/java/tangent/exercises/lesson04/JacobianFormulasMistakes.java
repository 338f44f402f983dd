package tangent.exercises.lesson04;

import java.util.random.RandomGenerator;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.KnownMistake;

/**
 * The known mistakes of the two Jacobians as formulas, with what to tell the student. Public,
 * beside the samples, so that the samples and the grader's suite give the same hint for the same
 * mistake. The transpose is everyone's first suspect, so {@link #check} tries it before the rest.
 */
public final class JacobianFormulasMistakes {

    public static final String TRANSPOSED = "your matrix is the transpose of the Jacobian: row i must hold the "
            + "derivatives of output i, and column j the derivatives with respect to input j.";

    /** The three neurons' inputs z, each with the constants it multiplies x and y by. */
    private static final String[][] NEURONS = {{"p*x+q*y", "p", "q"}, {"r*x+s*y", "r", "s"}, {"t*x+u*y", "t", "u"}};

    private JacobianFormulasMistakes() {
    }

    /** Wrong Jacobians of (2xy, x^2 y). */
    public static KnownMistake[] productPair() {
        return new KnownMistake[] {
            KnownMistake.matrix("your columns are in the other order: column 1 differentiates with respect to x, column 2 "
                    + "with respect to y.", new String[][] {{"2*x", "2*y"}, {"x^2", "2*x*y"}}),
            KnownMistake.matrix("your rows are in the other order: row 1 belongs to the first output, 2xy.",
                    new String[][] {{"2*x*y", "x^2"}, {"2*y", "2*x"}}),
            KnownMistake.matrix("d/dx (x^2 y) = 2xy: y is a constant factor, it stays.",
                    new String[][] {{"2*y", "2*x"}, {"2*y", "x^2"}})};
    }

    /** Wrong Jacobians of the three sigmoid neurons (S(px + qy), S(rx + sy), S(tx + uy)). */
    public static KnownMistake[] sigmoidLayer() {
        String[][] noInner = new String[3][2];
        String[][] undifferentiated = new String[3][2];
        for (int i = 0; i < 3; i++) {
            String z = NEURONS[i][0];
            for (int j = 0; j < 2; j++) {
                noInner[i][j] = "E^(-(" + z + "))/(1+E^(-(" + z + ")))^2";
                undifferentiated[i][j] = NEURONS[i][j + 1] + "/(1+E^(-(" + z + ")))";
            }
        }
        return new KnownMistake[] {
            KnownMistake.matrix("by the chain rule each entry is S'(z) times the derivative of z: d/dx S(px + qy) = "
                    + "S'(px + qy) p.", noInner),
            KnownMistake.matrix("differentiate S too: d/dx S(px + qy) = S'(px + qy) p, with S'(z) = S(z) (1 - S(z)), "
                    + "not S(z) p.", undifferentiated)};
    }

    /** Checks a Jacobian of formulas: shape, then entries; the transpose, then the mistakes given, are named. */
    public static void check(ExpressionCheck check, String what, String[][] answer, String[][] expected,
            RandomGenerator random, KnownMistake... mistakes) {
        KnownMistake[] all = new KnownMistake[mistakes.length + 1];
        all[0] = KnownMistake.matrix(TRANSPOSED, transpose(expected));
        System.arraycopy(mistakes, 0, all, 1, mistakes.length);
        KnownMistake.checkMatrix(check, what, answer, expected, random, all);
    }

    private static String[][] transpose(String[][] m) {
        int columns = m.length == 0 ? 0 : m[0].length;
        String[][] t = new String[columns][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < columns; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }
}
