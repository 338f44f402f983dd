package tangent.exercises.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * The Riemann sum of the text: sample f on [a, b) with a step dx, multiply each value by dx and
 * add them up; the running sum keeps every partial total.
 *
 * <p>The points are those of the grid described in the package documentation: x_i = a + i dx for
 * i = 0, ..., n - 1 with n = ceil((b - a) / dx), so b itself is left out, as in the text's
 * {@code np.arange(-10, 10, delta_x)}. Each rectangle takes the height of f at its left end.
 *
 * <p>Example from the text: f(x) = 2x on [-10, 10) with dx = 0.1 has 200 points,
 * f(-10) 0.1 + f(-9.9) 0.1 + ... + f(9.9) 0.1 = -2. The exact area is 0; the left-end rectangles of
 * an increasing function come out low, here by dx (f(b) - f(a)) / 2 = 2.
 *
 * <p>Every method must throw {@link IllegalArgumentException} when a or b is not finite, or when
 * dx is not positive and finite. When b &lt;= a there are no points: the arrays are empty and the
 * sum is 0.
 */
@Exercise(lesson = "L02", task = "riemann-sum", title = "Riemann sums and the running sum")
public interface RiemannSum {

    /**
     * The sample points x_i = a + i dx, i = 0, ..., n - 1, with n = ceil((b - a) / dx).
     *
     * <p>Examples: points(-10, 10, 0.1) has 200 points, from -10 to 9.9; points(0, 1, 0.3) is
     * {0, 0.3, 0.6, 0.9}, since ceil(1 / 0.3) = 4; points(0, 2, 0.5) is {0, 0.5, 1, 1.5}.
     *
     * @param a  the left end, included
     * @param b  the right end, excluded
     * @param dx the step, positive
     * @return a new array of the n points, in increasing order
     */
    double[] points(double a, double b, double dx);

    /**
     * The Riemann sum f(x_0) dx + f(x_1) dx + ... + f(x_{n-1}) dx over the points above.
     *
     * <p>Example: f(x) = 2x, a = -10, b = 10, dx = 0.1 gives -2.
     *
     * @param f  the function
     * @param a  the left end, included
     * @param b  the right end, excluded
     * @param dx the step, positive
     * @return the sum
     */
    double sum(DoubleUnaryOperator f, double a, double b, double dx);

    /**
     * The running sum, numpy's {@code (f(x) * dx).cumsum()}: element i is
     * f(x_0) dx + ... + f(x_i) dx, so it has one element per point and its last element is
     * {@link #sum}.
     *
     * <p>Example: f(x) = 2x, a = -10, b = 10, dx = 0.1 gives {-2, -3.98, -5.94, ..., -2}: it falls
     * while f is negative, is lowest near x = 0, and climbs back.
     *
     * @param f  the function
     * @param a  the left end, included
     * @param b  the right end, excluded
     * @param dx the step, positive
     * @return a new array with one partial sum per point
     */
    double[] runningSum(DoubleUnaryOperator f, double a, double b, double dx);
}
