package tangent.exercises.lesson01;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The text's secant table for x^2 at x0 = 1, and the central quotient of a parabola. */
public abstract class DifferenceQuotientsSamples {

    /** Your implementation, for example {@code return new MyDifferenceQuotients();}. */
    protected abstract DifferenceQuotients create();

    @Test
    void forwardQuotientOfSquareAtOne() {
        assertEquals(2.5, create().forward(x -> x * x, 1, 0.5), 1e-12);
    }

    @Test
    void secantSlopesFromTheText() {
        double[] slopes = create().secantSlopes(x -> x * x, 1, new double[] {1, 0.5, 0.25, 0.1});
        assertArrayEquals(new double[] {3, 2.5, 2.25, 2.1}, slopes, 1e-9);
    }

    @Test
    void centralQuotientIsExactForAParabola() {
        assertEquals(2.0, create().central(x -> x * x, 1, 0.5), 1e-12);
    }

    @Test
    void zeroStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create().forward(x -> x, 1, 0));
    }

    @Test
    void forwardIsFirstOrderAndCentralSecondOrder() {
        DifferenceQuotients q = create();
        assertEquals(1.0, q.observedOrder(DifferenceScheme.FORWARD, Math::sin, Math::cos, 1, 0.01), 0.05);
        assertEquals(2.0, q.observedOrder(DifferenceScheme.CENTRAL, Math::sin, Math::cos, 1, 0.01), 0.05);
    }
}
