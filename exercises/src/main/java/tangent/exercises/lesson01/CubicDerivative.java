package tangent.exercises.lesson01;

import tangent.course.Exercise;

/**
 * The derivative of f(x) = x^3 - 2x^2 + 1 by the rules of differentiation, checked against the
 * rate of change.
 *
 * <p>By the power rule and the sum rule, f'(x) = 3x^2 - 4x. The forward difference quotient with
 * a small step, (f(x + dx) - f(x)) / dx with dx = 0.0001, should agree with it closely over
 * [-10, 10]: plotted together the two curves coincide.
 */
@Exercise(lesson = "L01", task = "cubic-derivative", title = "Derivative of x^3 - 2x^2 + 1")
public interface CubicDerivative {

    /**
     * The derivative as an expression in {@code x}, as you would write it on paper in plain text
     * (see the package documentation for the notation). Example of the notation, for another
     * function: {@code "2*x + 1"}.
     *
     * @return f'(x) as text
     */
    String derivativeExpression();

    /**
     * The derivative as a function: f'(x) for any x. Example: f'(2) = 4, f'(0) = 0.
     *
     * @param x the point
     * @return f'(x)
     */
    double derivative(double x);

    /**
     * The rate of change of f at each point: the forward difference quotient
     * (f(x + dx) - f(x)) / dx for every x in {@code xs}, in the same order.
     *
     * @param xs the points; may be empty
     * @param dx the step, non-zero and finite; otherwise throw {@link IllegalArgumentException}
     * @return a new array with one rate per point
     */
    double[] rateOfChange(double[] xs, double dx);

    /**
     * How closely the rule and the rate of change agree: the largest |f'(x) - rate(x)| over
     * {@code n} evenly spaced points from {@code from} to {@code to}, both ends included (like
     * numpy's {@code linspace}), where rate is the forward quotient with step {@code dx}.
     *
     * <p>Example: dx = 0.0001 over [-10, 10] with n = 500 gives about 0.0032: the forward
     * quotient's error is about f''(x) dx / 2, largest at x = -10.
     *
     * @param dx   the step of the rate of change
     * @param from the first point
     * @param to   the last point
     * @param n    how many points, at least 2; otherwise throw {@link IllegalArgumentException}
     * @return the largest absolute difference
     */
    double largestDisagreement(double dx, double from, double to, int n);
}
