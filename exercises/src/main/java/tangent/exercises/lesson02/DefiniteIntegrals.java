package tangent.exercises.lesson02;

import java.util.function.DoubleUnaryOperator;
import tangent.course.Exercise;

/**
 * Definite integrals numerically: the area under f from a to b, for functions whose
 * antiderivative you may not know.
 *
 * <p>The Riemann sum's error shrinks only like dx. Composite Simpson's rule fits a parabola
 * through each pair of steps: with n (even) subintervals of width h = (b - a) / n and points
 * x_k = a + k h,
 *
 * <pre>
 *   S_n = h/3 (f(x_0) + 4 f(x_1) + 2 f(x_2) + 4 f(x_3) + ... + 2 f(x_{n-2}) + 4 f(x_{n-1}) + f(x_n))
 * </pre>
 *
 * and its error shrinks like h^4: doubling n divides it by about 16.
 *
 * <p>Both methods must throw {@link IllegalArgumentException} when a or b is not finite. When
 * b &lt; a the integral from a to b is the negative of the one from b to a (Simpson's formula
 * gives that by itself, with a negative h); when a = b it is 0.
 */
@Exercise(lesson = "L02", task = "definite-integrals", title = "Definite integrals numerically")
public interface DefiniteIntegrals {

    /**
     * Composite Simpson's rule with exactly n subintervals, as defined above.
     *
     * <p>Examples: x^2 from 0 to 1 with n = 2 gives exactly 1/3 (Simpson is exact for cubics);
     * e^x from 0 to 1 with n = 2 gives about 1.718861, against e - 1 = 1.718282.
     *
     * @param f the function
     * @param a the lower limit
     * @param b the upper limit
     * @param n the number of subintervals, even and at least 2; otherwise throw
     *          {@link IllegalArgumentException}
     * @return S_n
     */
    double simpson(DoubleUnaryOperator f, double a, double b, int n);

    /**
     * The definite integral of f from a to b, to within 1e-8 (1 + |I|) of its true value I, by
     * any method you like.
     *
     * <p>It is graded with smooth functions (polynomials, e^x, sin, cos, 1 / (1 + x^2), the normal
     * density) on intervals at most 20 long: composite Simpson with 20,000 subintervals is
     * accurate enough for all of them. Example: 3x^2 - 4x from 0 to 3 gives 9; 1 / (1 + x^2) from
     * 0 to 1 gives pi / 4.
     *
     * @param f the function, smooth on [a, b]
     * @param a the lower limit
     * @param b the upper limit
     * @return the integral of f from a to b
     */
    double integrate(DoubleUnaryOperator f, double a, double b);
}
