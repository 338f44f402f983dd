package tangent.exercises.lesson04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.grader.check.ExpressionCheck;

/**
 * The Jacobians have the text's shapes (rows are outputs, columns are inputs); the product pair's is
 * checked with the grader's own check (any equivalent form counts) against the CAS's partials of
 * (2xy, x^2 y). The sigmoid layer's entries are checked by the grader only.
 */
public abstract class JacobianFormulasSamples {

    /** Your implementation, for example {@code return new MyJacobianFormulas();}. */
    protected abstract JacobianFormulas create();

    @Test
    void productPairIsTheJacobianOfTheTextsPair() {
        String[] outputs = {"2*x*y", "x^2*y"};
        String[][] expected = new String[2][2];
        for (int i = 0; i < 2; i++) {
            expected[i] = new String[] {FormulaSamples.derivativeOf(outputs[i], "x"), FormulaSamples.derivativeOf(outputs[i], "y")};
        }
        ExpressionCheck.in("x", "y").checkMatrix("productPair(), the Jacobian of (2xy, x^2 y)", create().productPair(),
                expected, FormulaSamples.points());
    }

    @Test
    void sigmoidLayerIsThreeByTwo() {
        assertShape(create().sigmoidLayer(), 3, 2);
    }

    private static void assertShape(String[][] matrix, int rows, int columns) {
        assertEquals(rows, matrix.length, "one row per output");
        for (String[] row : matrix) {
            assertEquals(columns, row.length, "one column per input (x, then y)");
            for (String entry : row) {
                assertFalse(entry == null || entry.isBlank(), "write every entry, e.g. 2*y");
            }
        }
    }
}
