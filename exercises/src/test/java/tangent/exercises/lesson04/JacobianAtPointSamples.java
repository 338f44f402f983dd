package tangent.exercises.lesson04;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Jacobian of (2xy, x^2 y) at two points, and of a sigmoid layer. */
public abstract class JacobianAtPointSamples {

    /** Your implementation, for example {@code return new MyJacobianAtPoint();}. */
    protected abstract JacobianAtPoint create();

    @Test
    void productPairAtTwoPoints() {
        double[][] j = create().productPair(1, 2);
        assertArrayEquals(new double[] {4, 2}, j[0], 1e-12);
        assertArrayEquals(new double[] {4, 1}, j[1], 1e-12);
        j = create().productPair(3, -1);
        assertArrayEquals(new double[] {-2, 6}, j[0], 1e-12);
        assertArrayEquals(new double[] {-6, 9}, j[1], 1e-12);
    }

    @Test
    void sigmoidLayerOfTheExample() {
        double[][] j = create().sigmoidLayer(new double[][] {{1, 2}, {-1, 0.5}, {0, 3}}, new double[] {0.5, -1});
        assertEquals(3, j.length);
        assertArrayEquals(new double[] {0.149146, 0.298293}, j[0], 1e-6);
        assertArrayEquals(new double[] {-0.196612, 0.098306}, j[1], 1e-6);
        assertArrayEquals(new double[] {0, 0.135530}, j[2], 1e-6);
    }

    @Test
    void mismatchedInputIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> create().sigmoidLayer(new double[][] {{1, 2}}, new double[] {1, 2, 3}));
    }
}
