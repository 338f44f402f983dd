package tangent.exercises.lesson06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Text 003's example: 0.5x^2 + 2y^2 from (10, 12) has its minimum at (0, 0). */
public abstract class ConvexMinimizerSamples {

    /** Your implementation, for example {@code return new MyConvexMinimizer();}. */
    protected abstract ConvexMinimizer create();

    @Test
    void theTextsBowlHasItsMinimumAtTheOrigin() {
        double[] start = {10, 12};
        double[] minimum = create().minimize(v -> 0.5 * v[0] * v[0] + 2 * v[1] * v[1],
                v -> new double[] {v[0], 4 * v[1]}, start);
        assertArrayEquals(new double[] {0, 0}, minimum, 1e-5);
        assertArrayEquals(new double[] {10, 12}, start, 0, "the start must not be changed");
    }
}
