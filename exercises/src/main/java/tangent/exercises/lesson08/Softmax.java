package tangent.exercises.lesson08;

import tangent.course.Exercise;

/**
 * The softmax of the text's image classifier, its Jacobian, and the gradient that trains through it.
 *
 * <p>The text's convolutional network ends with {@code layers.Dense(10, activation='softmax')}: the
 * last layer's ten scores z (one per digit) become probabilities
 *
 * <pre>
 *   s_i = e^(z_i) / (e^(z_1) + ... + e^(z_n))
 * </pre>
 *
 * which are positive and add up to 1. Adding the same number to every score changes nothing, and
 * that is how softmax is computed in practice: e^1000 overflows a double, but softmax(1000, 1000) is
 * (0.5, 0.5), so subtract the largest score first.
 *
 * <p>Backpropagation through the output layer needs the derivative of each s_i with respect to each
 * z_j, the Jacobian J[i][j] = s_i (d_ij - s_j), where d_ij is 1 when i = j and 0 otherwise. With the
 * text's loss, {@code sparse_categorical_crossentropy}, L = -ln s_k for the true class k, and the
 * chain rule through that Jacobian gives the famous simple gradient dL/dz_j = s_j - y_j, where y is 1
 * at k and 0 elsewhere.
 *
 * <p>Every method must throw {@link IllegalArgumentException} when the scores are null or empty or
 * one of them is not finite, and must not change the array it is given.
 */
@Exercise(lesson = "L08", task = "softmax", title = "Softmax, its Jacobian and the cross-entropy gradient")
public interface Softmax {

    /**
     * The probabilities s = softmax(z).
     *
     * <p>Examples: softmax(0, 0) = (0.5, 0.5); softmax(1, 2, 3) is about (0.0900, 0.2447, 0.6652);
     * softmax(1000, 1000, 999) is about (0.4223, 0.4223, 0.1554); softmax(5) = (1).
     *
     * @param z the scores, one per class
     * @return a new array of the same length: the probabilities
     */
    double[] probabilities(double[] z);

    /**
     * The Jacobian of softmax at z: J[i][j] = ds_i/dz_j = s_i (d_ij - s_j), an n x n matrix (rows are
     * the outputs s_i, columns the inputs z_j, as in Lesson 04).
     *
     * <p>Examples: at z = (0, 0) it is {{0.25, -0.25}, {-0.25, 0.25}}; each row adds up to 0,
     * because the probabilities always add up to 1.
     *
     * @param z the scores
     * @return a new n x n matrix
     */
    double[][] jacobian(double[] z);

    /**
     * The gradient of the cross-entropy loss L = -ln s_k with respect to the scores, for true class
     * k: dL/dz_j = s_j - (1 if j = k, else 0).
     *
     * <p>Example: z = (1, 2, 3) and k = 2 give about (0.0900, 0.2447, -0.3348).
     *
     * @param z     the scores
     * @param label the true class k, from 0 to n - 1; otherwise throw {@link IllegalArgumentException}
     * @return a new array of the same length as z
     */
    double[] crossEntropyGradient(double[] z, int label);
}
