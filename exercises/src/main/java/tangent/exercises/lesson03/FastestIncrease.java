package tangent.exercises.lesson03;

import java.util.function.DoubleBinaryOperator;
import tangent.course.Exercise;

/**
 * The direction of fastest increase, found the way the text finds it: by trying every direction.
 *
 * <p>The text checks which way f(x, y) = x^2 + y^3 increases fastest at (2, 3). For each angle from
 * 0 to 360 degrees in steps of 0.1 degree it takes a small step of length {@code step = 0.0001} in
 * that direction, dx = sin(angle) * step and dy = cos(angle) * step, and computes the rate of change
 * (f(x + dx, y + dy) - f(x, y)) / step. It keeps the angle with the largest rate, and reports the
 * gradient as the unit vector at that angle times that rate:
 *
 * <pre>
 * Max rate of change at 8.4 degrees
 * Gradient vector at (2,3) is (3.987419245872443,27.002750276227097)
 * </pre>
 *
 * <p>The formula gives (4, 27); the scan is close, and closer with finer angles. Note the angle
 * convention, set by dx = sin, dy = cos: angles are measured from the +y axis towards the +x axis
 * (0 degrees is +y, 90 is +x). The direction of the vector (4, 27) is therefore
 * atan2(4, 27) = 8.427 degrees, <em>not</em> atan2(27, 4), which measures from the x axis.
 *
 * <p>The text's task asks for the gradient of x^2 + y^2 at (1, 1) and to confirm it by checking the
 * rate of change in different directions: the scan finds 45 degrees and a rate of about 2.8284, so
 * it confirms (2, 2).
 */
@Exercise(lesson = "L03", task = "fastest-increase", title = "The direction of fastest increase by scanning angles")
public interface FastestIncrease {

    /**
     * The rate of change of f at (x, y) in one direction: with dx = sin(angle) * step and
     * dy = cos(angle) * step, the quotient (f(x + dx, y + dy) - f(x, y)) / step.
     *
     * <p>Example: x^2 + y^3 at (2, 3), angle 0 (straight along +y), step 0.0001 gives
     * ((3.0001)^3 - 27) / 0.0001 = 27.00090001.
     *
     * @param f            the function
     * @param x            the point's x
     * @param y            the point's y
     * @param angleDegrees the direction, in degrees (any finite value; 360 is the same as 0)
     * @param step         the length of the step, non-zero and finite; otherwise throw
     *                     {@link IllegalArgumentException}
     * @return the rate of change in that direction
     */
    double rateOfChange(DoubleBinaryOperator f, double x, double y, double angleDegrees, double step);

    /**
     * The text's scan: the angles k * angleStep for k = 0, 1, 2, ... as long as k * angleStep &lt; 360
     * (so 0 to 359.9 for a step of 0.1, like numpy's {@code arange(0, 360, 0.1)}), each tried with
     * {@link #rateOfChange}. The angle with the largest rate wins; on a tie, the smaller angle (the
     * one tried first).
     *
     * <p>Example: x^2 + y^3 at (2, 3) with angleStep 0.1 and step 0.0001 gives angle 8.4, rate
     * 27.29556804176525 and gradient (3.987419245872443, 27.002750276227097), the text's numbers. They
     * are checked to within 1e-9: the same computation in another order (Math.toRadians, say) differs
     * from them by rounding alone, about 1e-10, while another quotient or step misses by far more. On
     * other functions the scan is checked against the direction and size of the exact gradient, within
     * what the angle step and the step's truncation error allow.
     *
     * @param f          the function
     * @param x          the point's x
     * @param y          the point's y
     * @param angleStep  degrees between tried angles, greater than 0 and at most 360; otherwise throw
     *                   {@link IllegalArgumentException}
     * @param step       the length of each trial step, non-zero and finite; otherwise throw
     *                   {@link IllegalArgumentException}
     * @return the best angle, its rate, and the gradient (sin(angle) * rate, cos(angle) * rate)
     */
    DirectionScan scan(DoubleBinaryOperator f, double x, double y, double angleStep, double step);

    /**
     * The angle of a vector in the text's convention: degrees from the +y axis towards the +x axis,
     * in [0, 360). It is the angle a with (gx, gy) = |g| (sin a, cos a). Examples: (4, 27) gives
     * 8.426969021480673; (1, 0) gives 90; (0, -1) gives 180; (-1, 0) gives 270; (0, 1) gives 0.
     *
     * @param gx the vector's x component
     * @param gy the vector's y component
     * @return the angle in degrees, at least 0 and less than 360
     * @throws IllegalArgumentException when both components are 0: a zero vector has no direction
     */
    double directionOf(double gx, double gy);

    /**
     * Whether scanning confirms a claimed gradient (gx, gy) of f at (x, y): the text's task turned
     * into a yes or no. Scan with angleStep 0.1 and step 0.0001 (as {@link #scan} does), then answer
     * true exactly when both hold:
     *
     * <ul>
     *   <li>the best angle is within 0.1 degree of the claimed vector's direction (measured around
     *       the circle, so 359.95 and 0.02 are 0.07 degree apart), and
     *   <li>the best rate is within 1% of the claimed vector's size: |rate - |g|| &lt;= 0.01 |g|.
     * </ul>
     *
     * <p>Example: x^2 + y^2 at (1, 1) confirms (2, 2) but not (-2, -2) (the opposite direction),
     * (2, 0) (another direction) or (4, 4) (twice the size).
     *
     * @param f  the function
     * @param x  the point's x
     * @param y  the point's y
     * @param gx the claimed df/dx
     * @param gy the claimed df/dy
     * @return whether the scan agrees with the claim
     * @throws IllegalArgumentException when both gx and gy are 0 (a zero vector has no direction to
     *                                  confirm)
     */
    boolean confirmsGradient(DoubleBinaryOperator f, double x, double y, double gx, double gy);
}
