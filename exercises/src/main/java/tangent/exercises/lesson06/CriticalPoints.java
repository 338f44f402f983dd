package tangent.exercises.lesson06;

import tangent.course.Exercise;

/**
 * Critical points of a polynomial of degree 1, 2 or 3, and their classification by the
 * second-derivative test.
 *
 * <p>Where a function has a maximum, it rises to it and falls after it, so its rate of change
 * there is zero; the same holds at a minimum. For f(x) = x^3 - 2x^2 + 1 the derivative
 * f'(x) = 3x^2 - 4x = x (3x - 4) is zero at x = 0 and x = 4/3: these are the critical points. The
 * second derivative f''(x) = 6x - 4 tells them apart: f''(0) = -4 &lt; 0, so f is concave down
 * there and 0 is a local maximum; f''(4/3) = 4 &gt; 0, so 4/3 is a local minimum.
 *
 * <p>A polynomial is given by its coefficients in increasing order of power, {@code {c0, c1, c2,
 * c3}} for c0 + c1 x + c2 x^2 + c3 x^3 (the order Commons Math's {@code PolynomialFunction}
 * uses): the text's cubic is {@code {1, 0, -2, 1}}. The array has 2, 3 or 4 entries, all finite,
 * and its last entry, the leading coefficient, is not 0. Anything else (null, empty, a constant
 * such as {@code {5}}, whose every point is critical, a leading 0, more than 4 entries, NaN)
 * must be refused with {@link IllegalArgumentException}. The tests use whole-number coefficients,
 * so the discriminant of f' is computed exactly.
 */
@Exercise(lesson = "L06", task = "critical-points", title = "Critical points and the second-derivative test")
public interface CriticalPoints {

    /**
     * The real x where f'(x) = 0, in increasing order, each listed once (a double root of f' is
     * one critical point). A line has none, a quadratic exactly one, a cubic two, one or none
     * (x^3 + x has f'(x) = 3x^2 + 1, never 0).
     *
     * <p>Example: {@code {1, 0, -2, 1}} gives {@code {0, 1.3333333333333333}}.
     *
     * @param coefficients c0, c1, ... as described above; not changed
     * @return a new array of the critical points, ascending; empty when there are none
     */
    double[] criticalPoints(double[] coefficients);

    /**
     * The kind of each critical point, in the same order as {@link #criticalPoints}. By the
     * second-derivative test: f''(x) &lt; 0 is a {@link CriticalPointKind#LOCAL_MAXIMUM},
     * f''(x) &gt; 0 a {@link CriticalPointKind#LOCAL_MINIMUM}. A cubic whose f' has a double root
     * (discriminant exactly 0) has f'' = 0 there: f' touches 0 without changing sign, and that
     * point is {@link CriticalPointKind#NEITHER} (like 0 for x^3). Decide that case from the
     * discriminant, not from a computed f'' that rounding may leave at 1e-16.
     *
     * <p>Example: {@code {1, 0, -2, 1}} gives {@code {LOCAL_MAXIMUM, LOCAL_MINIMUM}}.
     *
     * @param coefficients c0, c1, ... as described above; not changed
     * @return a new array with one kind per critical point; empty when there are none
     */
    CriticalPointKind[] classify(double[] coefficients);
}
