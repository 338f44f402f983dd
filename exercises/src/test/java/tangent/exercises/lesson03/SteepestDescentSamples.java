package tangent.exercises.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Steepest descent on the bowl x^2 + y^2, and a ball rolling down it. */
public abstract class SteepestDescentSamples {

    /** Your implementation, for example {@code return new MySteepestDescent();}. */
    protected abstract SteepestDescent create();

    @Test
    void minusTheGradient() {
        assertArrayEquals(new double[] {-2, -2}, create().steepestDescent(Surface.SUM_OF_SQUARES, 1, 1), 1e-12);
        assertArrayEquals(new double[] {-2, 0}, create().steepestDescent(Surface.SUM_OF_SQUARES, 1, 0), 1e-12);
        assertArrayEquals(new double[] {0, 0}, create().steepestDescent(Surface.SUM_OF_SQUARES, 0, 0), 1e-12);
    }

    @Test
    void theBallRollsToTheOrigin() {
        double[][] path = create().descentPath(Surface.SUM_OF_SQUARES, 1, 1, 0.1, 50);
        assertEquals(51, path.length);
        assertArrayEquals(new double[] {0.8, 0.8}, path[1], 1e-12);
        assertArrayEquals(new double[] {0, 0}, path[50], 1e-4);
    }
}
