package tangent.exercises.lesson06;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * Where is f' zero? A scan of the derivative over an interval, and what it says about log x.
 *
 * <p>The text asks: for f(x) = log x, what is f'(x), where is f'(x) = 0, and what does that say
 * about the maximum or minimum of log? The derivative is 1/x, which is never 0: log has no
 * critical point, and since it rises for ever on (0, inf) it has no maximum and no minimum there.
 * A program answers the same question for any f by scanning f' on a grid.
 *
 * <p>The grid: {@code n} equal subintervals of [from, to], with points x_i = from + i (to - from)
 * / n for i = 0, ..., n. A critical point is reported
 * <ul>
 *   <li>for each grid point where f'(x_i) is exactly 0, at x_i itself, and
 *   <li>for each subinterval [x_i, x_(i+1)] where f' has strictly opposite signs at its two ends
 *       (one value &lt; 0, the other &gt; 0), at the root of f' inside, refined (by bisection, say)
 *       to within 1e-10.
 * </ul>
 * A root where f' touches 0 without changing sign (3x^2 at 0) is found only when it falls on a
 * grid point: the scan looks for sign changes.
 *
 * <p>For the scanning methods, {@code from < to} (both finite) and {@code n >= 1} are required,
 * otherwise throw {@link IllegalArgumentException}.
 */
@Exercise(lesson = "L06", task = "derivative-scan", title = "Scanning f' for zeros, and log x")
public interface DerivativeScan {

    /**
     * The derivative of log x (the natural logarithm) as an expression in {@code x}, such as
     * {@code "x^-1"} (see the package documentation for the notation).
     *
     * @return d/dx log x as text
     */
    String logDerivative();

    /**
     * The critical points found by the scan described above, in increasing order.
     *
     * <p>Examples: f'(x) = 3x^2 - 4x on [-1, 2] with n = 30 gives {0, 1.3333333333}; f'(x) = 1/x
     * (log's derivative) on [0.01, 100] with n = 1000 gives none, an empty array.
     *
     * @param fPrime the derivative f'
     * @param from   the left end of the interval
     * @param to     the right end, greater than {@code from}
     * @param n      how many subintervals, at least 1
     * @return a new array of the critical points found, ascending; empty when there are none
     */
    double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n);

    /**
     * Whether f has a local maximum or minimum inside the interval, as far as the grid tells: true
     * when f' is positive at some grid point and negative at another. (Then f' changes sign in
     * between, and f turns around there.)
     *
     * <p>Examples: 3x^2 - 4x on [-1, 2] with n = 30: true. 1/x on [0.01, 100] with n = 1000:
     * false, so log has no maximum or minimum. 3x^2 on [-1, 1] with n = 2: false, although 0 is a
     * critical point.
     *
     * @param fPrime the derivative f'
     * @param from   the left end of the interval
     * @param to     the right end, greater than {@code from}
     * @param n      how many subintervals, at least 1
     * @return whether f' takes both signs on the grid
     */
    boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n);
}
