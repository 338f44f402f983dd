package tangent.exercises.lesson06;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.course.Exercise;

/**
 * Minimizing a smooth convex function of several variables, given its value and its gradient.
 *
 * <p>Text 003 minimizes f(x, y) = 0.5x^2 + 2y^2, whose gradient is (x, 4y), from (10, 12) with
 * scipy's BFGS and finds the minimum at (0, 0). Here you write the minimizer yourself; the grader
 * compares it with Commons Math's optimizers on other convex functions.
 *
 * <p>What the tests promise: f is smooth and strictly convex in 1 to 5 variables; in every
 * direction its curvature (every eigenvalue of its Hessian, everywhere) is between 0.5 and 50, so
 * the minimizer x* is unique and a point x is within |grad f(x)| / 0.5 of it; the start's
 * coordinates are within [-20, 20], and |f| at the minimum is at most about 20. What is required:
 * every coordinate of your answer within 1e-5 of x*.
 *
 * <p>A way that works: gradient descent with a backtracking line search. At x with gradient g,
 * try the step t = 1; while f(x - t g) &gt; f(x) - t |g|^2 / 2, halve t; then move to x - t g.
 * Stop when |g| &lt;= 1e-7, or when no step lowers f any more (t below 1e-20, say: near the
 * minimum the changes of f vanish in rounding). A fixed rate can diverge (a rate above 2/50 does,
 * on the steepest functions here); BFGS or conjugate gradients need far fewer steps. Every call must
 * finish well within a second.
 */
@Exercise(lesson = "L06", task = "minimize", title = "Minimizing a convex function of several variables")
public interface ConvexMinimizer {

    /**
     * A minimizer of {@code f}, found from {@code start}.
     *
     * <p>Example: f(v) = 0.5 v[0]^2 + 2 v[1]^2, gradient (v[0], 4 v[1]), start {10, 12} gives
     * (0, 0) within 1e-5.
     *
     * @param f        the function of a point (an array of its coordinates)
     * @param gradient the gradient of f at a point, an array of the same length
     * @param start    where to start; not changed. Empty, null or not finite: throw
     *                 {@link IllegalArgumentException}
     * @return a new array: the point where f is smallest
     */
    double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start);
}
