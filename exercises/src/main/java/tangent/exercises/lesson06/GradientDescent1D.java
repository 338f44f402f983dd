package tangent.exercises.lesson06;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * Gradient descent in one variable: step against the derivative, again and again.
 *
 * <p>From a start x_0, each step is x_(k+1) = x_k - rate * f'(x_k): downhill, by an amount
 * proportional to the slope. After {@code steps} steps the result is x_steps (zero steps leave
 * the start as it is). The text runs it on f(x) = x^2 + 5x + 6, f'(x) = 2x + 5, from x = 0 with
 * rate 0.1 for 100 steps, and prints "Minimum found at x = -2.50" and "f(x) at minimum = -0.25":
 * the true minimum is at x = -5/2, where f = -1/4.
 *
 * <p>Bad input must be refused with {@link IllegalArgumentException}: {@code steps < 0}, a rate
 * that is not positive or not finite, a start that is not finite.
 */
@Exercise(lesson = "L06", task = "gradient-descent", title = "Gradient descent on x^2 + 5x + 6")
public interface GradientDescent1D {

    /**
     * What the text prints: where descent ends and the value of f there.
     *
     * <p>Example: f(x) = x^2 + 5x + 6, f'(x) = 2x + 5, start 0, rate 0.1, 100 steps gives
     * {-2.4999999995, -0.25} (x is -2.5 + 2.5 * 0.8^100, within 1e-9 of -2.5).
     *
     * @param f      the function, only evaluated at the end
     * @param fPrime its derivative, which the steps use
     * @param start  x_0
     * @param rate   the learning rate, positive
     * @param steps  how many steps, at least 0
     * @return a new array {x_steps, f(x_steps)}
     */
    double[] descend(DoubleUnaryOperator f, DoubleUnaryOperator fPrime, double start, double rate, int steps);

    /**
     * The whole path: every x from the start to the end.
     *
     * <p>Example: f'(x) = 2x + 5, start 0, rate 0.1, 3 steps gives {0, -0.5, -0.9, -1.22}.
     *
     * @param fPrime the derivative
     * @param start  x_0
     * @param rate   the learning rate, positive
     * @param steps  how many steps, at least 0
     * @return a new array {x_0, x_1, ..., x_steps}, of length steps + 1
     */
    double[] trajectory(DoubleUnaryOperator fPrime, double start, double rate, int steps);
}
