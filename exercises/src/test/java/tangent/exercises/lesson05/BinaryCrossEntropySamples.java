package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The loss and its derivative at yhat = 0.9, at the clipped ends, and over a batch. */
public abstract class BinaryCrossEntropySamples {

    /** Your implementation, for example {@code return new MyBinaryCrossEntropy();}. */
    protected abstract BinaryCrossEntropy create();

    @Test
    void lossForBothLabels() {
        assertEquals(0.10536051565782628, create().loss(1, 0.9), 1e-12);
        assertEquals(2.3025850929940455, create().loss(0, 0.9), 1e-12);
    }

    @Test
    void derivativeForBothLabels() {
        assertEquals(-1.1111111111111112, create().derivative(1, 0.9), 1e-12);
        assertEquals(10.0, create().derivative(0, 0.9), 1e-9);
    }

    @Test
    void clippedAtNumpysEpsilon() {
        assertEquals(36.04365338911715, create().loss(1, 0), 1e-9, "-log(2^-52)");
        assertEquals(-4503599627370496.0, create().derivative(1, 0), 1.0, "-1 / 2^-52");
        assertEquals(0.0, create().loss(1, 1), 1e-12);
        assertEquals(-1.0, create().derivative(1, 1), 1e-12);
    }

    @Test
    void meanOverABatch() {
        assertEquals(1.203972804325936, create().meanLoss(new double[] {1, 0}, new double[] {0.9, 0.9}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> create().meanLoss(new double[0], new double[0]));
    }
}
