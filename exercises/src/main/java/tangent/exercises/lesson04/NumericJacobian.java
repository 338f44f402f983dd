package tangent.exercises.lesson04;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tangent.course.Exercise;

/**
 * A Jacobian by finite differences, for any f: R^n -&gt; R^m, when no formula is at hand (or to check
 * one, as the text checks its Jacobian with SymPy).
 *
 * <p>The scheme is the central difference, one input at a time: column j of the Jacobian is
 *
 * <pre>
 * (f(a + h e_j) - f(a - h e_j)) / (2h)
 * </pre>
 *
 * where e_j is the j-th unit vector (1 in position j, 0 elsewhere). Its error shrinks like h^2 (it is
 * about h^2/6 times the third derivative along e_j), against h for the forward difference
 * (f(a + h e_j) - f(a)) / h; with h = 1e-4 it is accurate to about 1e-9 for smooth functions of
 * moderate size.
 *
 * <p>A scalar function f: R^n -&gt; R has a 1 x n Jacobian; its single row, read as a vector, is the
 * gradient of Lesson 03.
 */
@Exercise(lesson = "L04", task = "numeric-jacobian", title = "A numeric Jacobian by finite differences")
public interface NumericJacobian {

    /**
     * The Jacobian of f at the point a by central differences with step h, an m x n matrix where n is
     * the point's length and m the length of f(a).
     *
     * <p>Example: f(x, y) = (2xy, x^2 y) at (1, 2) with h = 1e-5 gives [[4, 2], [4, 1]] up to
     * rounding (about 1e-10).
     *
     * <p>f takes its own copy of a point each time you call it: do not change the caller's
     * {@code point} array.
     *
     * @param f     the function; it returns arrays of the same length m &gt;= 1 at every point
     * @param point the point a, of length n &gt;= 1
     * @param h     the step, greater than 0 and finite
     * @return a new m x n array, rows are outputs, columns are inputs
     * @throws IllegalArgumentException when point is null or empty, or h is not greater than 0 and
     *                                  finite
     */
    double[][] jacobian(Function<double[], double[]> f, double[] point, double h);

    /**
     * The gradient of a scalar function f at the point a by central differences with step h: the
     * single row of its Jacobian. Example: x^2 + y^3 at (2, 3) with h = 1e-4 gives (4, 27.00000001)
     * (the y^3 term has third derivative 6, so the error in df/dy is h^2 = 1e-8).
     *
     * @param f     the function
     * @param point the point a, of length n &gt;= 1; leave it unchanged
     * @param h     the step, greater than 0 and finite
     * @return a new array of length n
     * @throws IllegalArgumentException when point is null or empty, or h is not greater than 0 and
     *                                  finite
     */
    double[] gradient(ToDoubleFunction<double[]> f, double[] point, double h);
}
