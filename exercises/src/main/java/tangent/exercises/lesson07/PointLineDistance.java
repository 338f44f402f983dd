package tangent.exercises.lesson07;

import tangent.course.Exercise;

/**
 * The distance from a point to a line, the geometry behind the support vector machine.
 *
 * <p>The distance from (x0, y0) to the line a x + b y + c = 0 is |a x0 + b y0 + c| / sqrt(a^2 +
 * b^2). Without the absolute value the same quotient is the signed distance: positive on the side
 * the normal (a, b) points to, negative on the other, 0 on the line. The same line has many
 * equations (multiply a, b and c by any k other than 0); the distance does not change, the sign
 * of the signed distance flips with k.
 *
 * <p>Example: the text's line 2/3 x + 2/3 y - 1 = 0 is 1 / sqrt(8/9) = 1.0606601717798212 away from
 * each of (0, 0), (1, 2) and (2, 1); the signed distances are -1.06066..., +1.06066..., +1.06066....
 *
 * <p>a = b = 0 is not a line: every method must refuse it with {@link IllegalArgumentException}, as
 * it must refuse numbers that are not finite.
 */
@Exercise(lesson = "L07", task = "distance-to-line", title = "Distance from a point to a line")
public interface PointLineDistance {

    /**
     * |a x0 + b y0 + c| / sqrt(a^2 + b^2).
     *
     * @param a  the coefficient of x
     * @param b  the coefficient of y
     * @param c  the constant term
     * @param x0 the point's x
     * @param y0 the point's y
     * @return the distance, at least 0
     */
    double distance(double a, double b, double c, double x0, double y0);

    /**
     * (a x0 + b y0 + c) / sqrt(a^2 + b^2): positive on the side (a, b) points to.
     *
     * @param a  the coefficient of x
     * @param b  the coefficient of y
     * @param c  the constant term
     * @param x0 the point's x
     * @param y0 the point's y
     * @return the signed distance
     */
    double signedDistance(double a, double b, double c, double x0, double y0);

    /**
     * The margin of a line on a point set: the smallest distance from any of the points to the
     * line. Example: the text's line and three points give 1.0606601717798212.
     *
     * @param a      the coefficient of x
     * @param b      the coefficient of y
     * @param c      the constant term
     * @param points one row {x, y} per point, at least one point (otherwise
     *               {@link IllegalArgumentException})
     * @return the smallest distance
     */
    double margin(double a, double b, double c, double[][] points);
}
