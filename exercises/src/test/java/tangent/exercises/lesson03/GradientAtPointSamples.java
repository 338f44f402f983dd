package tangent.exercises.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The text's gradients at its points, their size and direction. */
public abstract class GradientAtPointSamples {

    /** Your implementation, for example {@code return new MyGradientAtPoint();}. */
    protected abstract GradientAtPoint create();

    @Test
    void theTextsGradients() {
        assertArrayEquals(new double[] {4, 27}, create().gradient(Surface.SQUARE_PLUS_CUBE, 2, 3), 1e-12);
        assertArrayEquals(new double[] {2, 2}, create().gradient(Surface.SUM_OF_SQUARES, 1, 1), 1e-12);
        assertArrayEquals(new double[] {6, 6}, create().gradient(Surface.SQUARE_OF_SUM, 1, 2), 1e-12);
    }

    @Test
    void sizeAndDirection() {
        assertEquals(Math.sqrt(745), create().size(Surface.SQUARE_PLUS_CUBE, 2, 3), 1e-12);
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {r, r}, create().unitDirection(Surface.SUM_OF_SQUARES, 1, 1), 1e-12);
    }

    @Test
    void noDirectionAtTheBottomOfTheBowl() {
        assertThrows(IllegalArgumentException.class, () -> create().unitDirection(Surface.SUM_OF_SQUARES, 0, 0));
    }
}
