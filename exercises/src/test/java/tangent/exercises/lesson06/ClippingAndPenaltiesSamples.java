package tangent.exercises.lesson06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The examples of the task statement: (3, 4) clipped, and w = (0.5, -2, 0) with lambda = 0.1. */
public abstract class ClippingAndPenaltiesSamples {

    /** Your implementation, for example {@code return new MyClippingAndPenalties();}. */
    protected abstract ClippingAndPenalties create();

    @Test
    void clippingKeepsTheDirection() {
        assertArrayEquals(new double[] {0.6, 0.8}, create().clipByNorm(new double[] {3, 4}, 1), 1e-12);
        assertArrayEquals(new double[] {3, 4}, create().clipByNorm(new double[] {3, 4}, 5), 1e-12);
    }

    @Test
    void penalties() {
        double[] w = {0.5, -2, 0};
        assertEquals(0.25, create().l1Penalty(w, 0.1), 1e-12);
        assertEquals(0.425, create().l2Penalty(w, 0.1), 1e-12);
    }

    @Test
    void penaltyGradients() {
        double[] w = {0.5, -2, 0};
        assertArrayEquals(new double[] {0.1, -0.1, 0}, create().l1Gradient(w, 0.1), 1e-12);
        assertArrayEquals(new double[] {0.1, -0.4, 0}, create().l2Gradient(w, 0.1), 1e-12);
    }
}
