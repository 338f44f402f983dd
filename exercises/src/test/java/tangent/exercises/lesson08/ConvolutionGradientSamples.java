package tangent.exercises.lesson08;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The task's examples: the kernel gradient of the sum, the image gradient, one descent step. */
public abstract class ConvolutionGradientSamples {

    /** Your implementation, for example {@code return new MyConvolutionGradient();}. */
    protected abstract ConvolutionGradient create();

    private static final double[][] IMAGE = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

    private static void assertMatrix(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "rows");
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], actual[r], 1e-9, "row " + r);
        }
    }

    @Test
    void kernelGradientWithOnes() {
        assertMatrix(new double[][] {{12, 16}, {24, 28}}, create().kernelGradient(IMAGE, new double[][] {{1, 1}, {1, 1}}));
        assertMatrix(new double[][] {{12, 16}, {24, 28}}, create().kernelGradientOfSum(IMAGE, 2, 2));
    }

    @Test
    void imageGradient() {
        double[][] kernel = {{1, 2}, {3, 4}};
        assertMatrix(kernel, create().imageGradient(kernel, new double[][] {{1}}));
        assertMatrix(new double[][] {{1, 3, 2}, {4, 10, 6}, {3, 7, 4}},
                create().imageGradient(kernel, new double[][] {{1, 1}, {1, 1}}));
    }

    @Test
    void oneAndAHundredDescentSteps() {
        double[][] x = {{1, 2}, {3, 4}};
        double[][] t = {{2, 4}, {6, 8}};
        assertMatrix(new double[][] {{0.6}}, create().fitKernel(x, t, new double[][] {{0}}, 0.01, 1));
        assertMatrix(new double[][] {{2}}, create().fitKernel(x, t, new double[][] {{0}}, 0.01, 100));
    }
}
