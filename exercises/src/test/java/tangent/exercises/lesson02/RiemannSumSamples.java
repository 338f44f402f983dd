package tangent.exercises.lesson02;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The text's grid on [-10, 10) with dx = 0.1, its Riemann sum of 2x, and the running sum. */
public abstract class RiemannSumSamples {

    /** Your implementation, for example {@code return new MyRiemannSum();}. */
    protected abstract RiemannSum create();

    @Test
    void twoHundredPointsFromMinusTenToNinePointNine() {
        double[] xs = create().points(-10, 10, 0.1);
        assertEquals(200, xs.length, "[-10, 10) with dx = 0.1 has 200 points: 10 itself is left out");
        assertEquals(-10.0, xs[0], 1e-12);
        assertEquals(9.9, xs[199], 1e-9);
    }

    @Test
    void pointsWhenTheStepDoesNotDivideTheInterval() {
        assertArrayEquals(new double[] {0, 0.3, 0.6, 0.9}, create().points(0, 1, 0.3), 1e-12);
    }

    @Test
    void sumOfTwoXIsMinusTwo() {
        assertEquals(-2.0, create().sum(x -> 2 * x, -10, 10, 0.1), 1e-9);
    }

    @Test
    void runningSumStartsAtMinusTwoAndEndsAtTheSum() {
        double[] running = create().runningSum(x -> 2 * x, -10, 10, 0.1);
        assertEquals(200, running.length);
        assertEquals(-2.0, running[0], 1e-12);
        assertEquals(-3.98, running[1], 1e-12);
        assertEquals(-2.0, running[199], 1e-9);
    }

    @Test
    void aZeroStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create().sum(x -> x, 0, 1, 0));
    }
}
