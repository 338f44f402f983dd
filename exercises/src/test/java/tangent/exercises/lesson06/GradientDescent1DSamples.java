package tangent.exercises.lesson06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text's run on x^2 + 5x + 6 and its first three steps. */
public abstract class GradientDescent1DSamples {

    /** Your implementation, for example {@code return new MyGradientDescent1D();}. */
    protected abstract GradientDescent1D create();

    @Test
    void theTextsRunEndsAtMinusTwoAndAHalf() {
        double[] result = create().descend(x -> x * x + 5 * x + 6, x -> 2 * x + 5, 0, 0.1, 100);
        assertEquals(2, result.length);
        assertEquals(-2.5, result[0], 1e-8);
        assertEquals(-0.25, result[1], 1e-8);
    }

    @Test
    void theFirstThreeSteps() {
        assertArrayEquals(new double[] {0, -0.5, -0.9, -1.22}, create().trajectory(x -> 2 * x + 5, 0, 0.1, 3), 1e-12);
    }
}
