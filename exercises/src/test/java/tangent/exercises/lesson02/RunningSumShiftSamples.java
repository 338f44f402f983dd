package tangent.exercises.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text's plot in numbers: the running sum of 2x is x^2 shifted by about -100. */
public abstract class RunningSumShiftSamples {

    /** Your implementation, for example {@code return new MyRunningSumShift();}. */
    protected abstract RunningSumShift create();

    @Test
    void offsetsOfTwoXAgainstXSquared() {
        double[] d = create().offsets(x -> 2 * x, x -> x * x, -10, 10, 0.1);
        assertEquals(200, d.length);
        assertEquals(-102.0, d[0], 1e-9);
        assertEquals(-100.01, d[199], 1e-9);
    }

    @Test
    void shiftOfTwoXAgainstXSquared() {
        assertEquals(-101.005, create().shift(x -> 2 * x, x -> x * x, -10, 10, 0.1), 1e-9);
    }

    @Test
    void xSquaredIsAShiftedCopyButNotXSquaredPlusX() {
        RunningSumShift s = create();
        assertTrue(s.differsByConstant(x -> 2 * x, x -> x * x, -10, 10, 0.1));
        assertFalse(s.differsByConstant(x -> 2 * x, x -> x * x + x, -10, 10, 0.1));
        assertFalse(s.differsByConstant(x -> 2 * x, x -> 2, -10, 10, 0.1));
    }
}
