package tangent.exercises.lesson08;

import tangent.course.Exercise;

/**
 * Training a convolution: the gradient of a loss with respect to the kernel, and to the image,
 * given the gradient with respect to the output.
 *
 * <p>Let Y = convolve(X, K) as in {@link Convolution2d#convolve} (no rotation):
 * Y[i][j] = sum over p, q of X[i + p][j + q] K[p][q]. A network computes a scalar loss L from Y,
 * and backpropagation hands you G = dL/dY, a matrix of Y's shape (the upstream gradient). The
 * chain rule, with dY[i][j]/dK[p][q] = X[i + p][j + q], gives
 *
 * <pre>
 *   dL/dK[p][q] = sum over i, j of G[i][j] X[i + p][j + q]
 *   dL/dX[r][c] = sum over i, j with 0 &lt;= r - i &lt; kh, 0 &lt;= c - j &lt; kw of G[i][j] K[r - i][c - j]
 * </pre>
 *
 * The first is itself a valid convolution of X with G; the second spreads each G[i][j] back over
 * the pixels that produced Y[i][j]. The grader checks your gradients against finite differences of
 * the loss.
 *
 * <p>Example: X = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}} with a 2 x 2 kernel and L the sum of all
 * outputs, so G is 2 x 2 of ones: dL/dK = {{12, 16}, {24, 28}}, each entry the sum of the 2 x 2
 * window of X that the kernel entry multiplies.
 *
 * <p>Matrices follow the package conventions. Every method must throw
 * {@link IllegalArgumentException} when a matrix is null, empty or ragged, or when the shapes do
 * not fit together as stated.
 */
@Exercise(lesson = "L08", task = "convolution-gradient", title = "Gradient of a convolution")
public interface ConvolutionGradient {

    /**
     * dL/dK given the image and the upstream gradient G = dL/dY.
     *
     * <p>Example: X = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}} and G = {{1, 1}, {1, 1}} give
     * {{12, 16}, {24, 28}}.
     *
     * @param image    the H x W image X
     * @param upstream G, of the output's shape oh x ow with oh &lt;= H and ow &lt;= W
     * @return dL/dK, of the kernel's shape (H - oh + 1) x (W - ow + 1)
     */
    double[][] kernelGradient(double[][] image, double[][] upstream);

    /**
     * dL/dK for the loss L = the sum of all entries of Y, for a kernel of the given shape (so G
     * is all ones).
     *
     * <p>Example: X = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}} with a 2 x 2 kernel gives
     * {{12, 16}, {24, 28}}.
     *
     * @param image        the H x W image X
     * @param kernelHeight kh, between 1 and H
     * @param kernelWidth  kw, between 1 and W
     * @return dL/dK, kh x kw
     */
    double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth);

    /**
     * dL/dX given the kernel and the upstream gradient G = dL/dY: what backpropagation passes on
     * to the layer before.
     *
     * <p>Examples: K = {{1, 2}, {3, 4}} with G = {{1}} (a 2 x 2 image) gives K itself; with
     * G = {{1, 1}, {1, 1}} (a 3 x 3 image) it gives {{1, 3, 2}, {4, 10, 6}, {3, 7, 4}}.
     *
     * @param kernel   the kh x kw kernel K
     * @param upstream G, oh x ow
     * @return dL/dX, of the image's shape (oh + kh - 1) x (ow + kw - 1)
     */
    double[][] imageGradient(double[][] kernel, double[][] upstream);

    /**
     * Learns a kernel by gradient descent: starting from {@code initialKernel}, repeat
     * {@code steps} times K = K - rate dL/dK, with the squared loss
     * L = 1/2 sum over i, j of (Y[i][j] - T[i][j])^2, Y = convolve(X, K), for which G = Y - T.
     *
     * <p>Example: X = {{1, 2}, {3, 4}}, T = {{2, 4}, {6, 8}} (twice X), K = {{0}}, rate 0.01:
     * one step gives {{0.6}} (dL/dK = -60), and 100 steps give 2 to within 1e-12.
     *
     * @param image         the H x W image X
     * @param target        T, of the output's shape
     * @param initialKernel the starting kernel, kh x kw with kh &lt;= H and kw &lt;= W; not changed
     * @param rate          the learning rate, finite and non-negative
     * @param steps         how many updates, 0 or more
     * @return the kernel after the updates, kh x kw
     */
    double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps);
}
