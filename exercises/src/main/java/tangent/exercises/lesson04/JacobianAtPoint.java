package tangent.exercises.lesson04;

import tangent.course.Exercise;

/**
 * Jacobians as numbers at a point.
 *
 * <p>The Jacobian of (2xy, x^2 y) is [[2y, 2x], [2xy, x^2]]; at (1, 2) it is [[4, 2], [4, 1]].
 *
 * <p>A layer of sigmoid neurons maps an input vector a (length n) to outputs S(z_i), where
 * z_i = w_i1 a_1 + ... + w_in a_n is the weighted sum of neuron i (m neurons, weights an m x n
 * matrix W). Its Jacobian is the m x n matrix with entries S'(z_i) w_ij: each row is a weight row
 * scaled by the slope of its neuron. The text's task is the case m = 3, n = 2 with W = [[p, q],
 * [r, s], [t, u]] and a = (x, y).
 */
@Exercise(lesson = "L04", task = "jacobian-at-a-point", title = "The Jacobian as numbers")
public interface JacobianAtPoint {

    /**
     * The Jacobian of (2xy, x^2 y) at (x, y). Examples: [[4, 2], [4, 1]] at (1, 2);
     * [[-2, 6], [-6, 9]] at (3, -1).
     *
     * @param x the point's x
     * @param y the point's y
     * @return a new 2 x 2 array, rows are outputs, columns are inputs
     */
    double[][] productPair(double x, double y);

    /**
     * The Jacobian of the sigmoid layer a -&gt; (S(w_1 . a), ..., S(w_m . a)) at the input a.
     *
     * <p>Example: W = [[1, 2], [-1, 0.5], [0, 3]] and a = (0.5, -1) give z = (-1.5, -1, -3) and the
     * Jacobian [[0.149146, 0.298293], [-0.196612, 0.098306], [0, 0.135530]] (rounded). It must be
     * finite for any finite input: far out (z = +-800) S'(z) is 0, not NaN.
     *
     * @param weights the m x n weight matrix, rows are neurons; m and n at least 1
     * @param input   the input vector, of length n
     * @return a new m x n array, rows are neurons (outputs), columns are inputs
     * @throws IllegalArgumentException when weights or input is null or empty, a weight row is null or
     *                                  has another length than the first, or the input's length is
     *                                  not the number of columns of weights
     */
    double[][] sigmoidLayer(double[][] weights, double[] input);
}
