package tangent.exercises.lesson05;

import tangent.course.Exercise;

/**
 * Binary cross-entropy, the loss of a classifier whose output yhat is the probability of class 1,
 * and its derivative, which starts backpropagation (the text's {@code cross_entropy} and
 * {@code d_cross_entropy}).
 *
 * <p>For one instance with label y (1 or 0, or any number in between) and prediction yhat:
 * <pre>
 *   L(y, yhat)     = -y log(yhat) - (1 - y) log(1 - yhat)
 *   dL/dyhat       = -y / yhat + (1 - y) / (1 - yhat)
 * </pre>
 * where log is the natural logarithm. Example: L(1, 0.9) = -log 0.9, about 0.105361, and
 * dL/dyhat = -1 / 0.9, about -1.111111; L(0, 0.9) = -log 0.1, about 2.302585, and dL/dyhat = 10.
 *
 * <p><b>Clipping, as the text does it.</b> A prediction of exactly 0 or 1 would put log(0) or a
 * division by zero in the formulas. The text clips both yhat and 1 - yhat from below at
 * {@code epsilon = np.finfo(float).eps}, the gap between 1 and the next double:
 * epsilon = 2^-52 = 2.220446049250313e-16 ({@code Math.ulp(1.0)} in Java). So both formulas use
 * max(yhat, epsilon) in place of yhat and max(1 - yhat, epsilon) in place of 1 - yhat, and nothing
 * else changes. Example: L(1, 0) = -log(2^-52) = 52 log 2, about 36.043653, and
 * dL/dyhat(1, 0) = -2^52 = -4503599627370496; L(1, 1) = 0 and dL/dyhat(1, 1) = -1.
 *
 * <p>Bad input: y or yhat outside [0, 1] or NaN, arrays of different lengths, or an empty batch
 * must throw {@link IllegalArgumentException}.
 */
@Exercise(lesson = "L05", task = "binary-cross-entropy", title = "Binary cross-entropy and its derivative")
public interface BinaryCrossEntropy {

    /** The clipping constant of the text, numpy's float epsilon: 2^-52. */
    double EPSILON = 0x1.0p-52;

    /**
     * The loss of one instance, with the text's clipping.
     *
     * @param y    the label, in [0, 1]
     * @param yhat the predicted probability of class 1, in [0, 1]
     * @return L(y, yhat), at least 0
     */
    double loss(double y, double yhat);

    /**
     * dL/dyhat for one instance, with the text's clipping.
     *
     * @param y    the label, in [0, 1]
     * @param yhat the predicted probability of class 1, in [0, 1]
     * @return -y / max(yhat, epsilon) + (1 - y) / max(1 - yhat, epsilon)
     */
    double derivative(double y, double yhat);

    /**
     * The loss of a batch: the mean of the instances' losses, (1/n) sum of L(y[i], yhat[i]).
     * (The text's docstring says it averages over the n instances, but its code divides by
     * {@code y.shape[1]}, which is 1 for its n x 1 arrays: here, do divide by n.) Example:
     * y = {1, 0}, yhat = {0.9, 0.9} gives (0.105361 + 2.302585) / 2, about 1.203973.
     *
     * @param y    the labels, at least one
     * @param yhat the predictions, as many as labels
     * @return the mean loss
     */
    double meanLoss(double[] y, double[] yhat);
}
