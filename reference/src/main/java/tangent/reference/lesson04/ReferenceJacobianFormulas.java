package tangent.reference.lesson04;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import tangent.cas.Cas;
import tangent.exercises.lesson04.JacobianFormulas;
import tangent.reference.cas.CasTable;

/** Both Jacobians are rows of the CAS table, computed by symja's D(list, {{x, y}}) ahead of time. */
public final class ReferenceJacobianFormulas implements JacobianFormulas {

    /** (2xy, x^2 y) as the table's input. */
    public static final String PRODUCT_PAIR = "{2*x*y,x^2*y}";

    /** (S(px + qy), S(rx + sy), S(tx + uy)) as the table's input. */
    public static final String SIGMOID_LAYER =
            "{1/(1+E^(-(p*x+q*y))),1/(1+E^(-(r*x+s*y))),1/(1+E^(-(t*x+u*y)))}";

    /** The constants of the sigmoid layer. */
    public static final String[] CONSTANTS = {"p", "q", "r", "s", "t", "u"};

    @Override
    public String[][] productPair() {
        return jacobian(PRODUCT_PAIR);
    }

    @Override
    public String[][] sigmoidLayer() {
        return jacobian(SIGMOID_LAYER);
    }

    private static String[][] jacobian(String input) {
        return matrix(CasTable.load().result(CasTable.Operation.JACOBIAN, input, "x", "y"));
    }

    /** A list of lists in symja's syntax, read by symja and split into its entries' texts. */
    static String[][] matrix(String text) {
        IExpr parsed = Cas.parse(text);
        if (!parsed.isListOfLists()) {
            throw new IllegalStateException("not a matrix: " + text);
        }
        IAST rows = (IAST) parsed;
        String[][] matrix = new String[rows.argSize()][];
        for (int r = 1; r <= rows.argSize(); r++) {
            IAST row = (IAST) rows.get(r);
            matrix[r - 1] = new String[row.argSize()];
            for (int c = 1; c <= row.argSize(); c++) {
                matrix[r - 1][c - 1] = Cas.text(row.get(c));
            }
        }
        return matrix;
    }
}
