package tangent.exercises.lesson07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The text's line 2/3 x + 2/3 y - 1 = 0 and its three points, all 1 / sqrt(8/9) away. */
public abstract class PointLineDistanceSamples {

    private static final double HALF_DIAGONAL = 1 / Math.sqrt(8.0 / 9);

    /** Your implementation, for example {@code return new MyPointLineDistance();}. */
    protected abstract PointLineDistance create();

    @Test
    void theTextsPointsAreEquallyFarFromTheLine() {
        PointLineDistance d = create();
        assertEquals(HALF_DIAGONAL, d.distance(2.0 / 3, 2.0 / 3, -1, 0, 0), 1e-12);
        assertEquals(HALF_DIAGONAL, d.distance(2.0 / 3, 2.0 / 3, -1, 1, 2), 1e-12);
        assertEquals(HALF_DIAGONAL, d.distance(2.0 / 3, 2.0 / 3, -1, 2, 1), 1e-12);
    }

    @Test
    void signedDistancesTellTheSides() {
        assertEquals(-HALF_DIAGONAL, create().signedDistance(2.0 / 3, 2.0 / 3, -1, 0, 0), 1e-12);
        assertEquals(HALF_DIAGONAL, create().signedDistance(2.0 / 3, 2.0 / 3, -1, 1, 2), 1e-12);
    }

    @Test
    void marginOfTheTextsLine() {
        assertEquals(HALF_DIAGONAL, create().margin(2.0 / 3, 2.0 / 3, -1, new double[][] {{0, 0}, {1, 2}, {2, 1}}), 1e-12);
    }

    @Test
    void aZeroNormalIsNotALine() {
        assertThrows(IllegalArgumentException.class, () -> create().distance(0, 0, 1, 2, 3));
    }
}
