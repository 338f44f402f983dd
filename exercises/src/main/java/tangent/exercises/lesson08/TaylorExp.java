package tangent.exercises.lesson08;

import tangent.course.Exercise;

/**
 * Taylor partial sums of e^x around 0, and how far they are from e^x.
 *
 * <p>Every derivative of e^x is e^x, which is 1 at 0, so e^x = 1 + x + x^2/2! + x^3/3! + ... The
 * partial sum with n terms is the text's {@code taylor_series(x, n)}, the sum over
 * {@code range(n)}:
 *
 * <pre>
 *   T_n(x) = x^0/0! + x^1/1! + ... + x^(n-1)/(n-1)!
 * </pre>
 *
 * So T_1(x) = 1 (a constant), T_3(x) = 1 + x + x^2/2, T_5(x) = 1 + x + x^2/2 + x^3/6 + x^4/24,
 * and T_0(x) = 0 (no terms). The text plots n = 1, 3 and 5 on [-2, 2]: the more terms, the closer
 * to e^x, and the farther from 0 the worse.
 *
 * <p>Every method must throw {@link IllegalArgumentException} when n is negative or a number it is
 * given is not finite.
 */
@Exercise(lesson = "L08", task = "taylor-exp", title = "Taylor partial sums of e^x")
public interface TaylorExp {

    /**
     * T_n(x), the partial sum with n terms.
     *
     * <p>Examples: T_1(2) = 1, T_3(2) = 1 + 2 + 2 = 5, T_5(2) = 7; T_5(-1) is 0.375; T_0(x) = 0.
     *
     * @param x the point
     * @param n the number of terms, 0 or more
     * @return T_n(x)
     */
    double partialSum(double x, int n);

    /**
     * The largest error |e^x - T_n(x)| over {@code points} evenly spaced points from {@code from}
     * to {@code to}, both included (the text's {@code np.linspace(-2, 2, 100)}): x_k = from +
     * (to - from) k / (points - 1) for k = 0, ..., points - 1.
     *
     * <p>Examples on [-2, 2] with 100 points, where the worst point is x = 2: n = 1 gives
     * e^2 - 1, about 6.389056; n = 3 gives e^2 - 5, about 2.389056; n = 5 gives e^2 - 7, about
     * 0.389056.
     *
     * @param n      the number of terms, 0 or more
     * @param from   the first point
     * @param to     the last point
     * @param points how many points, at least 2; otherwise throw {@link IllegalArgumentException}
     * @return the largest absolute error at those points
     */
    double maxError(int n, double from, double to, int points);

    /**
     * Taylor's bound on the error (the Lagrange remainder): e^x - T_n(x) = e^c x^n / n! for some c
     * between 0 and x, so |e^x - T_n(x)| &lt;= e^max(x, 0) |x|^n / n!. This method returns that
     * bound, e^max(x, 0) |x|^n / n! (with 0^0 = 1, so n = 0 gives e^max(x, 0)).
     *
     * <p>Examples: at x = 2 with n = 5 the bound is e^2 32 / 120, about 1.970, above the true
     * error 0.389; at x = -1 with n = 5 it is 1 / 120, about 0.00833, above the true error
     * |e^-1 - 0.375|, about 0.00712.
     *
     * @param x the point
     * @param n the number of terms, 0 or more
     * @return the bound
     */
    double errorBound(double x, int n);

    /**
     * The fewest terms that bring T_n within {@code tolerance} of e^x: the smallest n &gt;= 0 with
     * |e^x - T_n(x)| &lt;= tolerance.
     *
     * <p>Examples: at x = 2, tolerance 0.5 needs 5 terms (the error with 4 is e^2 - 19/3, about
     * 1.06; with 5 it is 0.389); at x = 1, tolerance 1e-6 needs 10 terms; at x = 0 any
     * tolerance below 1 needs 1 term (T_1 = 1 = e^0).
     *
     * @param x         the point, with |x| &lt;= 10; otherwise throw {@link IllegalArgumentException}
     * @param tolerance the error allowed, at least 1e-9; otherwise throw
     *                  {@link IllegalArgumentException}
     * @return the smallest such n
     */
    int termsNeeded(double x, double tolerance);
}
