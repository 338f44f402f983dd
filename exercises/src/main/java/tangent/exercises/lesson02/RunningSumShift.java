package tangent.exercises.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * The text's plot, as numbers: the running sum of f has the shape of the antiderivative F, shifted
 * vertically by a constant.
 *
 * <p>Why: the running sum at x_i adds up the rectangles from a to x_i + dx, so it approximates the
 * area under f from a to x_i + dx, which is F(x_i + dx) - F(a), close to F(x_i) - F(a). The shift
 * is -F(a), whichever antiderivative F is; the approximation is off by an amount of order dx (the
 * Riemann error), which vanishes as dx shrinks.
 *
 * <p>All three methods use the grid of the package documentation (x_i = a + i dx, i = 0, ..., n - 1,
 * n = ceil((b - a) / dx)) and the running sum S_i = f(x_0) dx + ... + f(x_i) dx of
 * {@link RiemannSum#runningSum}. They compare S with a candidate antiderivative F through the
 * offsets d_i = S_i - F(x_i).
 *
 * <p>Example from the text: f(x) = 2x, F(x) = x^2 on [-10, 10) with dx = 0.1. Then
 * d_i = -102 + 0.01 i exactly: nearly constant, drifting by 0.01 per step. Their mean, the shift,
 * is -101.005, close to -F(-10) = -100.
 *
 * <p>Every method must throw {@link IllegalArgumentException} when a or b is not finite, when dx is
 * not positive and finite, or when there are no points (b &lt;= a).
 */
@Exercise(lesson = "L02", task = "running-sum-shift", title = "The running sum is the antiderivative shifted")
public interface RunningSumShift {

    /**
     * The offsets d_i = S_i - F(x_i), one per point.
     *
     * <p>Example: f(x) = 2x, F(x) = x^2, a = -10, b = 10, dx = 0.1 gives {-102, -101.99, ...,
     * -100.01}.
     *
     * @param f  the function
     * @param F  a candidate antiderivative of f
     * @param a  the left end, included
     * @param b  the right end, excluded, greater than a
     * @param dx the step, positive
     * @return a new array with one offset per point
     */
    double[] offsets(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx);

    /**
     * The constant by which the running sum and F differ: the mean of the offsets d_i (the
     * constant c that makes F + c closest to S in the least-squares sense).
     *
     * <p>Example: f(x) = 2x, F(x) = x^2, a = -10, b = 10, dx = 0.1 gives -101.005; with F(x) =
     * x^2 + 5 it gives -106.005. As dx shrinks it tends to -F(a).
     *
     * @param f  the function
     * @param F  a candidate antiderivative of f
     * @param a  the left end, included
     * @param b  the right end, excluded, greater than a
     * @param dx the step, positive
     * @return the mean offset
     */
    double shift(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx);

    /**
     * Whether the running sum is F shifted by a constant, up to the Riemann error: true exactly
     * when every offset is within T of their mean, max_i |d_i - shift| &lt;= T, where
     *
     * <pre>
     *   T = dx ((b - a) M + R) + 1e-9 (1 + max_i |F(x_i)|)
     *   M = max_i |f(x_i + dx) - f(x_i)| / dx      (the steepest slope of f seen on the grid)
     *   R = max_i f(x_i) - min_i f(x_i)            (the range of f on the grid)
     * </pre>
     *
     * with i over all points. Why this T: each rectangle misses the true area of its step by about
     * dx (dx M) at most, and n of them, n dx being about b - a, miss by (b - a) M dx in all; and
     * S_i covers the step from x_i to x_i + dx, whose area f dx varies from step to step by up to
     * R dx. Both are of order dx. The last term allows for rounding.
     *
     * <p>Examples on [-10, 10) with dx = 0.1: f(x) = 2x and F(x) = x^2 give true (the offsets
     * stray 0.995 from their mean, T = 7.98); F(x) = x^2 + x gives false; F(x) = 2, the derivative
     * of 2x instead of an antiderivative, gives false.
     *
     * @param f  the function
     * @param F  a candidate antiderivative of f
     * @param a  the left end, included
     * @param b  the right end, excluded, greater than a
     * @param dx the step, positive
     * @return whether the running sum of f is F plus a constant, within T
     */
    boolean differsByConstant(DoubleUnaryOperator f, DoubleUnaryOperator F, double a, double b, double dx);
}
