package tangent.exercises.lesson08;

import tangent.course.Exercise;

/**
 * The 2-D "valid" convolution of convolutional neural networks, as the text's {@code convolve2d}
 * computes it: slide the kernel over the image, and at each position where it fits entirely,
 * multiply overlapping entries and add them up.
 *
 * <p>For an H x W image X and a kh x kw kernel K, the output Y is (H - kh + 1) x (W - kw + 1) and
 *
 * <pre>
 *   Y[i][j] = sum over p &lt; kh, q &lt; kw of X[i + p][j + q] K[p][q]
 * </pre>
 *
 * This is what the text computes ({@code np.sum(image[i:i+k_height, j:j+k_width] * kernel)}) and
 * what ML libraries call convolution. Mathematicians call it cross-correlation: the convolution of
 * signal processing first rotates the kernel by 180 degrees, using K[kh - 1 - p][kw - 1 - q] in
 * place of K[p][q]. {@link #convolve} does the former, {@link #trueConvolve} the latter.
 *
 * <p>Example: the text's Sobel kernel {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}} on a 5 x 6 image whose
 * columns are 0, 0, 0, 1, 1, 1 (dark on the left, bright on the right) gives the 3 x 4 output
 * with every row {0, -4, -4, 0}: it responds only where the brightness changes across columns.
 * Rotated, the Sobel kernel is its own negative, so {@link #trueConvolve} gives rows
 * {0, 4, 4, 0}.
 *
 * <p>Matrices follow the package conventions. Every method must throw
 * {@link IllegalArgumentException} when a matrix is null, empty or ragged, or when the kernel is
 * taller or wider than the image.
 */
@Exercise(lesson = "L08", task = "convolution", title = "2-D valid convolution")
public interface Convolution2d {

    /**
     * The shape of the valid output: {H - kh + 1, W - kw + 1}.
     *
     * <p>Example: a 10 x 10 image (the text's) with a 3 x 3 kernel gives {8, 8}.
     *
     * @param imageHeight  H, at least 1
     * @param imageWidth   W, at least 1
     * @param kernelHeight kh, between 1 and H
     * @param kernelWidth  kw, between 1 and W
     * @return {rows, columns} of the output; throw {@link IllegalArgumentException} when a size is
     *         below 1 or the kernel does not fit
     */
    int[] outputShape(int imageHeight, int imageWidth, int kernelHeight, int kernelWidth);

    /**
     * The valid convolution of the text (cross-correlation, the kernel not rotated).
     *
     * @param image  the H x W image
     * @param kernel the kh x kw kernel, kh &lt;= H and kw &lt;= W
     * @return the (H - kh + 1) x (W - kw + 1) output Y
     */
    double[][] convolve(double[][] image, double[][] kernel);

    /**
     * The valid convolution with the kernel rotated by 180 degrees (true convolution):
     * Y[i][j] = sum of X[i + p][j + q] K[kh - 1 - p][kw - 1 - q].
     *
     * @param image  the H x W image
     * @param kernel the kh x kw kernel, kh &lt;= H and kw &lt;= W
     * @return the (H - kh + 1) x (W - kw + 1) output
     */
    double[][] trueConvolve(double[][] image, double[][] kernel);

    /**
     * The text's example: {@link #convolve} with the Sobel kernel {{1, 0, -1}, {2, 0, -2},
     * {1, 0, -1}}, which responds to changes across columns (vertical edges).
     *
     * @param image the H x W image, at least 3 x 3
     * @return the (H - 2) x (W - 2) output
     */
    double[][] sobelX(double[][] image);
}
