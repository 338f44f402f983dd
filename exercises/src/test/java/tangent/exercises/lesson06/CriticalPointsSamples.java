package tangent.exercises.lesson06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The text's cubic x^3 - 2x^2 + 1: critical points 0 and 4/3, a maximum and a minimum. */
public abstract class CriticalPointsSamples {

    /** Your implementation, for example {@code return new MyCriticalPoints();}. */
    protected abstract CriticalPoints create();

    @Test
    void criticalPointsOfTheTextsCubic() {
        assertArrayEquals(new double[] {0, 4.0 / 3}, create().criticalPoints(new double[] {1, 0, -2, 1}), 1e-9);
    }

    @Test
    void zeroIsAMaximumAndFourThirdsAMinimum() {
        assertArrayEquals(new CriticalPointKind[] {CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.LOCAL_MINIMUM},
                create().classify(new double[] {1, 0, -2, 1}));
    }

    @Test
    void xCubedHasOneCriticalPointThatIsNeither() {
        assertArrayEquals(new double[] {0}, create().criticalPoints(new double[] {0, 0, 0, 1}), 1e-9);
        assertArrayEquals(new CriticalPointKind[] {CriticalPointKind.NEITHER}, create().classify(new double[] {0, 0, 0, 1}));
    }

    @Test
    void aConstantIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create().criticalPoints(new double[] {5}));
    }
}
