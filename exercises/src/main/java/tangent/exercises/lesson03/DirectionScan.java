package tangent.exercises.lesson03;

/**
 * What a scan of directions found: the angle with the largest rate of change, that rate, and the
 * gradient it estimates (the unit vector at that angle times the rate).
 *
 * @param angleDegrees the best angle in degrees, in the package's convention (clockwise from +y)
 * @param rate         the largest rate of change found, (f(x + dx, y + dy) - f(x, y)) / step
 * @param gradientX    sin(angle) * rate, the estimate of df/dx
 * @param gradientY    cos(angle) * rate, the estimate of df/dy
 */
public record DirectionScan(double angleDegrees, double rate, double gradientX, double gradientY) {
}
