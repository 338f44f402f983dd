package tangent.exercises.lesson01;

import tangent.course.Exercise;

/**
 * The sigmoid S(x) = 1 / (1 + e^-x), the activation function of many neural networks, and its
 * derivative.
 *
 * <p>By the chain rule on (1 + e^-x)^-1, S'(x) = e^-x / (1 + e^-x)^2, which is also
 * S(x) (1 - S(x)). At x = 0: S(0) = 0.5 and S'(0) = 0.25.
 *
 * <p>Both methods must return finite numbers for every finite x, however large: S(1000) is 1,
 * S(-1000) is 0 and S'(+-1000) is 0, not NaN. Mind which formula you evaluate.
 */
@Exercise(lesson = "L01", task = "sigmoid", title = "The sigmoid and its derivative")
public interface Sigmoid {

    /**
     * S(x) = 1 / (1 + e^-x). Example: S(0) = 0.5, S(2) is about 0.880797.
     *
     * @param x any finite number
     * @return S(x), between 0 and 1
     */
    double value(double x);

    /**
     * S'(x). Example: S'(0) = 0.25, S'(2) is about 0.104994.
     *
     * @param x any finite number
     * @return the slope of the sigmoid at x
     */
    double derivative(double x);

    /**
     * S'(x) as an expression in {@code x} (see the package documentation for the notation). Either
     * form from the text is right, and so is any other equivalent one.
     *
     * @return S'(x) as text
     */
    String derivativeExpression();
}
