package tangent.exercises.lesson08;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text's Sobel kernel on a vertical edge, and the valid output's shape. */
public abstract class Convolution2dSamples {

    /** Your implementation, for example {@code return new MyConvolution2d();}. */
    protected abstract Convolution2d create();

    /** Five rows of 0, 0, 0, 1, 1, 1. */
    static double[][] edge() {
        double[][] image = new double[5][];
        for (int r = 0; r < 5; r++) {
            image[r] = new double[] {0, 0, 0, 1, 1, 1};
        }
        return image;
    }

    @Test
    void outputShapeOfTheTextsExample() {
        assertArrayEquals(new int[] {8, 8}, create().outputShape(10, 10, 3, 3));
    }

    @Test
    void sobelOnAVerticalEdge() {
        double[][] out = create().sobelX(edge());
        assertEquals(3, out.length);
        for (double[] row : out) {
            assertArrayEquals(new double[] {0, -4, -4, 0}, row, 1e-12);
        }
    }

    @Test
    void trueConvolutionRotatesTheKernel() {
        double[][] sobel = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};
        double[][] out = create().trueConvolve(edge(), sobel);
        assertEquals(3, out.length);
        for (double[] row : out) {
            assertArrayEquals(new double[] {0, 4, 4, 0}, row, 1e-12);
        }
    }
}
