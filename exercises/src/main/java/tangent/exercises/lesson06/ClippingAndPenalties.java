package tangent.exercises.lesson06;

import tangent.course.Exercise;

/**
 * Two tools of training from text 003: gradient clipping by norm, against exploding gradients, and
 * the L1 and L2 penalties that keep weights small, with their gradients.
 *
 * <p>Clipping by norm rescales a gradient g whose Euclidean norm |g| exceeds a limit so that its
 * norm becomes the limit, keeping its direction: g * (maxNorm / |g|). A gradient within the limit
 * is returned as it is. (Clipping each entry to [-maxNorm, maxNorm] is another method, clipping by
 * value, which changes the direction.)
 *
 * <p>The penalties, for weights w and a strength lambda &gt;= 0 (text 003 gives no formula, so
 * this task fixes it):
 * <ul>
 *   <li>L1: lambda * (|w_1| + ... + |w_n|). Its gradient is lambda * sign(w_i); at w_i = 0, where
 *       |w| has no derivative, use 0 (the subgradient numpy's {@code sign} and the common
 *       frameworks use).
 *   <li>L2: lambda * (w_1^2 + ... + w_n^2) = lambda |w|^2, without a factor 1/2. Its gradient is
 *       2 lambda w_i.
 * </ul>
 *
 * <p>Example: w = (0.5, -2, 0), lambda = 0.1: L1 penalty 0.25, gradient (0.1, -0.1, 0); L2 penalty
 * 0.425, gradient (0.1, -0.4, 0).
 *
 * <p>Refuse with {@link IllegalArgumentException}: a null array, a maxNorm that is not positive or
 * not finite, a lambda that is negative or not finite. An empty array is fine (its norm is 0).
 * Never change the array you are given; return new arrays.
 */
@Exercise(lesson = "L06", task = "clipping-and-penalties", title = "Gradient clipping and the L1 and L2 penalties")
public interface ClippingAndPenalties {

    /**
     * The gradient clipped by norm. Example: (3, 4) with maxNorm 1 gives (0.6, 0.8); with maxNorm
     * 5 or more it stays (3, 4).
     *
     * @param gradient the gradient; not changed
     * @param maxNorm  the largest norm allowed, positive
     * @return a new array
     */
    double[] clipByNorm(double[] gradient, double maxNorm);

    /**
     * The L1 penalty lambda * sum |w_i|.
     *
     * @param weights the weights w
     * @param lambda  the strength, at least 0
     * @return the penalty
     */
    double l1Penalty(double[] weights, double lambda);

    /**
     * The gradient of the L1 penalty: lambda * sign(w_i), and 0 where w_i = 0.
     *
     * @param weights the weights w; not changed
     * @param lambda  the strength, at least 0
     * @return a new array of the same length
     */
    double[] l1Gradient(double[] weights, double lambda);

    /**
     * The L2 penalty lambda * sum w_i^2 (no factor 1/2).
     *
     * @param weights the weights w
     * @param lambda  the strength, at least 0
     * @return the penalty
     */
    double l2Penalty(double[] weights, double lambda);

    /**
     * The gradient of the L2 penalty: 2 lambda w_i.
     *
     * @param weights the weights w; not changed
     * @param lambda  the strength, at least 0
     * @return a new array of the same length
     */
    double[] l2Gradient(double[] weights, double lambda);
}
