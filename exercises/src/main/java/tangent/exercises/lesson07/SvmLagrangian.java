package tangent.exercises.lesson07;

import tangent.course.Exercise;

/**
 * The text's method for the hard-margin problem: write the Lagrangian, set its partial derivatives
 * to zero, and solve.
 *
 * <p>For points (x_i, y_i) with labels t_i (-1 or +1), i = 1..n, the problem is: minimize
 * a^2 + b^2 subject to t_i (a x_i + b y_i + c) &gt;= 1 for every i. The text's Lagrangian adds one
 * multiplier l_i per constraint, with a plus sign:
 * <pre>
 *   L = a^2 + b^2 + l1 (t_1 (a x_1 + b y_1 + c) - 1) + ... + ln (t_n (a x_n + b y_n + c) - 1)
 * </pre>
 * For the text's three points (0, 0) in class -1, (1, 2) and (2, 1) in class +1 this is
 * L = a^2 + b^2 + l1 (-c - 1) + l2 (a + 2b + c - 1) + l3 (2a + b + c - 1).
 *
 * <p>At the solution, some constraints hold with equality (they are active) and the others have
 * multiplier 0. Given which are active, the solution solves a linear system: dL/da = 0, dL/db = 0,
 * dL/dc = 0 (with l_i = 0 for the inactive i) and t_i (a x_i + b y_i + c) = 1 for the active i. For
 * the text's points with all three active: a = b = 2/3, c = -1, l1 = -8/9, l2 = l3 = -4/9. With
 * the text's plus signs the multipliers of a solution come out negative or zero; the usual
 * convention writes minus signs and gets them positive.
 *
 * <p>Expressions are in the variables {@code a, b, c, l1, l2, ...} (l1 for the first point, as
 * above), written as on paper in plain text. Write numbers in plain decimals: {@code 2*a}, {@code
 * 2.0*a}, not {@code 2E0*a}. The tests use points with whole-number coordinates.
 *
 * <p>Refuse with {@link IllegalArgumentException}: no points, rows that are not {x, y}, labels not
 * -1 or +1, point and label arrays of different lengths.
 */
@Exercise(lesson = "L07", task = "lagrangian", title = "The Lagrangian of the hard-margin problem")
public interface SvmLagrangian {

    /**
     * L as an expression in a, b, c, l1, ..., ln.
     *
     * @param points one row {x, y} per point
     * @param labels -1 or +1 per point
     * @return the Lagrangian as text
     */
    String lagrangian(double[][] points, int[] labels);

    /**
     * The partial derivatives of L, in the order dL/da, dL/db, dL/dc, dL/dl1, ..., dL/dln: n + 3
     * expressions. For the text's points: {@code 2*a + l2 + 2*l3}, {@code 2*b + 2*l2 + l3},
     * {@code -l1 + l2 + l3}, {@code -c - 1}, {@code a + 2*b + c - 1}, {@code 2*a + b + c - 1}.
     *
     * @param points one row {x, y} per point
     * @param labels -1 or +1 per point
     * @return a new array of n + 3 expressions
     */
    String[] partialDerivatives(double[][] points, int[] labels);

    /**
     * The solution of dL/da = dL/db = dL/dc = 0 together with the active constraints as equalities,
     * the other multipliers being 0: a linear system in a, b, c and the active multipliers.
     *
     * <p>Example: the text's three points with {@code active = {0, 1, 2}} give
     * {2/3, 2/3, -1, -8/9, -4/9, -4/9}.
     *
     * @param points one row {x, y} per point
     * @param labels -1 or +1 per point
     * @param active indices (from 0) of the constraints taken as equalities, distinct, in any
     *               order; an index out of range or repeated is refused with
     *               {@link IllegalArgumentException}, and so is a system without a unique solution
     *               (no active constraint at all, for example)
     * @return a new array {a, b, c, l_active[0], l_active[1], ...}: the multipliers in the order of
     *         {@code active}
     */
    double[] stationaryPoint(double[][] points, int[] labels, int[] active);
}
