package tangent.exercises.lesson04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * The Jacobians have the text's shapes (rows are outputs, columns are inputs) and every entry is
 * written. Whether a formula is right is checked by the grader (any equivalent form counts).
 */
public abstract class JacobianFormulasSamples {

    /** Your implementation, for example {@code return new MyJacobianFormulas();}. */
    protected abstract JacobianFormulas create();

    @Test
    void productPairIsTwoByTwo() {
        assertShape(create().productPair(), 2, 2);
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
