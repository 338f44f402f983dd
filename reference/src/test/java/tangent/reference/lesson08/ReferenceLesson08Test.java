package tangent.reference.lesson08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Facts the Lesson 08 task statements quote. */
class ReferenceLesson08Test {

    private final ReferenceTaylorExp taylor = new ReferenceTaylorExp();

    @Test
    void taylorFactsFromTheStatement() {
        assertThat(taylor.partialSum(-1, 5)).isCloseTo(0.375, within(1e-15));
        assertThat(taylor.partialSum(3, 0)).isZero();
        assertThat(taylor.errorBound(-1, 5)).isCloseTo(1.0 / 120, within(1e-15));
        assertThat(Math.abs(Math.exp(-1) - 0.375)).isCloseTo(0.00712, within(1e-5));
        assertThat(taylor.termsNeeded(0, 0.5)).isEqualTo(1);
        assertThat(taylor.errorBound(0, 0)).isEqualTo(1.0);
    }

    @Test
    void theBoundHoldsEverywhere() {
        for (int n = 0; n < 12; n++) {
            for (double x = -10; x <= 10; x += 0.37) {
                assertThat(Math.abs(Math.exp(x) - taylor.partialSum(x, n))).isLessThanOrEqualTo(
                        taylor.errorBound(x, n) * (1 + 1e-12) + 1e-12);
            }
        }
    }

    @Test
    void termsNeededReachesTheSmallestToleranceEverywhere() {
        for (double x = -10; x <= 10; x += 0.5) {
            assertThat(taylor.termsNeeded(x, 1e-9)).isBetween(1, 60);
        }
    }

    @Test
    void sobelRotatedIsItsNegative() {
        double[][] r = Correlation.rotated(ReferenceConvolution2d.SOBEL_X);
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                assertThat(r[p][q]).isEqualTo(-ReferenceConvolution2d.SOBEL_X[p][q]);
            }
        }
    }

    @Test
    void descentLearnsTheSobelKernel() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[][] image = new double[8][8];
        for (double[] row : image) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextDouble();
            }
        }
        double[][] target = new ReferenceConvolution2d().sobelX(image);
        double[][] learned = new ReferenceConvolutionGradient().fitKernel(image, target, new double[3][3], 0.02, 2000);
        for (int p = 0; p < 3; p++) {
            assertThat(learned[p]).containsExactly(ReferenceConvolution2d.SOBEL_X[p], within(1e-6));
        }
    }
}
