package tangent.exercises.lesson03;

import tangent.course.Exercise;

/**
 * Steepest descent: minus the gradient.
 *
 * <p>Picture a ball on the surface z = x^2 + y^2. It rolls down towards the origin. The gradient
 * (2x, 2y) at (1, 1) is (2, 2), which points the opposite way, uphill: the gradient is the direction
 * of steepest ascent. The direction of steepest descent is its negative, -(2x, 2y) = (-2x, -2y),
 * which is (-2, -2) at (1, 1). The formula works at any point: (-2, 0) at (1, 0), and (0, 0) at
 * (0, 0), where the ball is already at the bottom.
 *
 * <p>Following that direction in small steps traces the ball's path (this is gradient descent): from
 * a point p, the next point is p + rate * (steepest descent at p). On the bowl x^2 + y^2 it leads to
 * the origin. On x^2 + 2xy + y^2 = (x + y)^2 it leads to the valley y = -x, which is not always the
 * origin: from (2, 0) with rate 0.1 it ends near (1, -1). On x^2 + y^3 there is no bottom at all.
 */
@Exercise(lesson = "L03", task = "steepest-descent", title = "Steepest descent is minus the gradient")
public interface SteepestDescent {

    /**
     * The direction of steepest descent of f at (x, y): minus the gradient. Examples for
     * {@link Surface#SUM_OF_SQUARES}: (-2, -2) at (1, 1), (-2, 0) at (1, 0), (0, 0) at (0, 0).
     *
     * @param f the function
     * @param x the point's x
     * @param y the point's y
     * @return a new array of length 2, {-df/dx, -df/dy}
     */
    double[] steepestDescent(Surface f, double x, double y);

    /**
     * The path of repeated steps of steepest descent: p0 = (x, y), and p(k+1) = p(k) + rate * d(k)
     * where d(k) is {@link #steepestDescent} at p(k).
     *
     * <p>Example: {@link Surface#SUM_OF_SQUARES} from (1, 1) with rate 0.1: each step multiplies the
     * point by 0.8, so the path is (1, 1), (0.8, 0.8), (0.64, 0.64), ..., and after 50 steps it is
     * about (1.43e-5, 1.43e-5), close to the origin.
     *
     * @param f     the function
     * @param x     the start's x
     * @param y     the start's y
     * @param rate  the step size, greater than 0 and finite; otherwise throw
     *              {@link IllegalArgumentException}
     * @param steps how many steps, at least 0; otherwise throw {@link IllegalArgumentException}
     * @return a new array of steps + 1 points, each a new array {x, y}, the start first
     */
    double[][] descentPath(Surface f, double x, double y, double rate, int steps);
}
