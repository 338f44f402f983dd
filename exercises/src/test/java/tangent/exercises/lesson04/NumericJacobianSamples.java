package tangent.exercises.lesson04;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Central differences reproduce the Jacobian of (2xy, x^2 y) and the gradient of x^2 + y^3. */
public abstract class NumericJacobianSamples {

    /** Your implementation, for example {@code return new MyNumericJacobian();}. */
    protected abstract NumericJacobian create();

    private static final Function<double[], double[]> PRODUCT_PAIR =
            a -> new double[] {2 * a[0] * a[1], a[0] * a[0] * a[1]};

    @Test
    void productPairAtOneTwo() {
        double[][] j = create().jacobian(PRODUCT_PAIR, new double[] {1, 2}, 1e-5);
        assertEquals(2, j.length);
        assertArrayEquals(new double[] {4, 2}, j[0], 1e-8);
        assertArrayEquals(new double[] {4, 1}, j[1], 1e-8);
    }

    @Test
    void moreInputsThanOutputs() {
        // f(x, y, z) = (x + 2y + 3z, xyz): a 2 x 3 Jacobian
        double[][] j = create().jacobian(a -> new double[] {a[0] + 2 * a[1] + 3 * a[2], a[0] * a[1] * a[2]},
                new double[] {1, 2, 3}, 1e-4);
        assertEquals(2, j.length, "one row per output");
        assertArrayEquals(new double[] {1, 2, 3}, j[0], 1e-8);
        assertArrayEquals(new double[] {6, 3, 2}, j[1], 1e-8);
    }

    @Test
    void gradientOfTheTextsFunction() {
        double[] g = create().gradient(a -> a[0] * a[0] + a[1] * a[1] * a[1], new double[] {2, 3}, 1e-4);
        assertArrayEquals(new double[] {4, 27.00000001}, g, 1e-9);
    }

    @Test
    void aZeroStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create().jacobian(PRODUCT_PAIR, new double[] {1, 2}, 0));
    }
}
