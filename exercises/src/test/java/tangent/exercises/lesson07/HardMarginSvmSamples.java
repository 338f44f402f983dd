package tangent.exercises.lesson07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The text's three points and its six points give the same line, 2/3 x + 2/3 y - 1 = 0. */
public abstract class HardMarginSvmSamples {

    private static final double[] LINE = {2.0 / 3, 2.0 / 3, -1};

    /** Your implementation, for example {@code return new MyHardMarginSvm();}. */
    protected abstract HardMarginSvm create();

    @Test
    void threePoints() {
        assertArrayEquals(LINE, create().fit(new double[][] {{0, 0}, {1, 2}, {2, 1}}, new int[] {-1, 1, 1}), 1e-9);
    }

    @Test
    void sixPointsGiveTheSameLine() {
        double[][] points = {{-1, -1}, {-3, -1}, {0, 0}, {3, 3}, {1, 2}, {2, 1}};
        assertArrayEquals(LINE, create().fit(points, new int[] {-1, -1, -1, 1, 1, 1}), 1e-9);
    }
}
