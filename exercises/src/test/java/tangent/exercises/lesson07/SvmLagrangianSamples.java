package tangent.exercises.lesson07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The text's three points: the Lagrangian is written, and its stationary point is a = b = 2/3, c = -1. */
public abstract class SvmLagrangianSamples {

    static final double[][] POINTS = {{0, 0}, {1, 2}, {2, 1}};
    static final int[] LABELS = {-1, 1, 1};

    /** Your implementation, for example {@code return new MySvmLagrangian();}. */
    protected abstract SvmLagrangian create();

    @Test
    void theLagrangianAndItsSixPartialDerivativesAreWritten() {
        String lagrangian = create().lagrangian(POINTS, LABELS);
        assertFalse(lagrangian == null || lagrangian.isBlank(), "write L as text");
        String[] partials = create().partialDerivatives(POINTS, LABELS);
        assertEquals(6, partials.length, "dL/da, dL/db, dL/dc, dL/dl1, dL/dl2, dL/dl3");
    }

    @Test
    void theStationaryPointWithAllThreeActive() {
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3, -1, -8.0 / 9, -4.0 / 9, -4.0 / 9},
                create().stationaryPoint(POINTS, LABELS, new int[] {0, 1, 2}), 1e-9);
    }
}
