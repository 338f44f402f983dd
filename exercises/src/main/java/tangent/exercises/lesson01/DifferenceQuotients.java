package tangent.exercises.lesson01;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * Rate of change: the derivative approximated by difference quotients.
 *
 * <p>The slope of the secant of f between x and x + dx is (f(x + dx) - f(x)) / dx. As dx shrinks
 * it approaches the slope of the tangent, the derivative f'(x). For f(x) = x^2 at x0 = 1 the
 * secant slopes for dx = 1, 0.5, 0.25 and 0.1 are 3, 2.5, 2.25 and 2.1, closing in on f'(1) = 2.
 *
 * <p>Every method that takes a step {@code dx} must throw {@link IllegalArgumentException} when
 * {@code dx} is zero or not finite: there is no secant through a single point. A negative
 * {@code dx} is allowed (the secant then lies to the left of x).
 */
@Exercise(lesson = "L01", task = "difference-quotients", title = "Difference quotients")
public interface DifferenceQuotients {

    /**
     * The forward difference quotient (f(x + dx) - f(x)) / dx.
     *
     * <p>Example: f(x) = x^2, x = 1, dx = 0.5 gives (2.25 - 1) / 0.5 = 2.5.
     *
     * @param f  the function
     * @param x  where the slope is wanted
     * @param dx the step, non-zero and finite
     * @return the slope of the secant from x to x + dx
     */
    double forward(DoubleUnaryOperator f, double x, double dx);

    /**
     * The central difference quotient (f(x + dx) - f(x - dx)) / (2 dx).
     *
     * <p>Example: f(x) = x^2, x = 1, dx = 0.5 gives (2.25 - 0.25) / 1 = 2, exactly f'(1): for a
     * parabola the central quotient has no error at all.
     *
     * @param f  the function
     * @param x  where the slope is wanted
     * @param dx the half-width of the step, non-zero and finite
     * @return the slope of the secant from x - dx to x + dx
     */
    double central(DoubleUnaryOperator f, double x, double dx);

    /**
     * The table of secant slopes at one point: the forward quotient at {@code x0} for each step
     * in {@code dxs}, in the same order.
     *
     * <p>Example: f(x) = x^2, x0 = 1, dxs = {1, 0.5, 0.25, 0.1} gives {3, 2.5, 2.25, 2.1}. An empty
     * {@code dxs} gives an empty array.
     *
     * @param f   the function
     * @param x0  where the slopes are taken
     * @param dxs the steps, each non-zero and finite
     * @return a new array with one slope per step
     */
    double[] secantSlopes(DoubleUnaryOperator f, double x0, double[] dxs);

    /**
     * How fast the error of a scheme shrinks: the observed order of accuracy.
     *
     * <p>Let E(h) = |q(h) - f'(x)| be the error of the scheme's quotient q with step h against the
     * exact derivative. Halving the step divides the error by about 2^p, where p is the order, so
     * p is estimated as log2(E(dx) / E(dx / 2)). The forward quotient gives about 1, the central
     * one about 2. Example: f = sin, f' = cos, x = 1, dx = 0.01 gives about 1.00 for
     * {@link DifferenceScheme#FORWARD} and about 2.00 for {@link DifferenceScheme#CENTRAL}.
     *
     * @param scheme     which quotient to use
     * @param f          the function
     * @param derivative the exact derivative of f
     * @param x          the point
     * @param dx         the larger of the two steps, non-zero and finite
     * @return log2(E(dx) / E(dx / 2))
     */
    double observedOrder(DifferenceScheme scheme, DoubleUnaryOperator f,
            DoubleUnaryOperator derivative, double x, double dx);
}
