package tangent.exercises.lesson03;

import tangent.course.Exercise;

/**
 * The gradient as numbers at a point, its size and its direction.
 *
 * <p>At each point (x, y) the gradient is a vector, and it tells two things: its direction points to
 * where f increases fastest, and its size (length) is the rate of change of f in that direction.
 * For x^2 + y^3 at (2, 3) the gradient is (4, 27), of size sqrt(4^2 + 27^2) = 27.2947; for
 * x^2 + y^2 at (1, 1) it is (2, 2), of size 2 sqrt(2) = 2.8284.
 *
 * <p>The text draws the gradient of x^2 + y^2 as a field of arrows of equal length (the unit
 * direction, the gradient divided by its size) coloured by the size, and notes that the gradient is
 * steeper at the edges than in the centre: for this bowl the size is 2 sqrt(x^2 + y^2), twice the
 * distance from the origin.
 */
@Exercise(lesson = "L03", task = "gradient-at-a-point", title = "The gradient as numbers")
public interface GradientAtPoint {

    /**
     * The gradient of f at (x, y), {df/dx, df/dy}. Examples: (4, 27) for
     * {@link Surface#SQUARE_PLUS_CUBE} at (2, 3); (2, 2) for {@link Surface#SUM_OF_SQUARES} at
     * (1, 1); (6, 6) for {@link Surface#SQUARE_OF_SUM} at (1, 2).
     *
     * @param f the function
     * @param x the point's x, any finite number
     * @param y the point's y, any finite number
     * @return a new array of length 2
     */
    double[] gradient(Surface f, double x, double y);

    /**
     * The size (Euclidean length) of the gradient of f at (x, y): the rate of change of f in the
     * direction of fastest increase. Example: 27.294688127912362 for {@link Surface#SQUARE_PLUS_CUBE}
     * at (2, 3). It is 0 where the gradient is zero.
     *
     * @param f the function
     * @param x the point's x
     * @param y the point's y
     * @return |grad f(x, y)|, never negative
     */
    double size(Surface f, double x, double y);

    /**
     * The direction of the gradient as a unit vector, the gradient divided by its size (the arrows of
     * the text's plot). Example: (0.7071, 0.7071) for {@link Surface#SUM_OF_SQUARES} at (1, 1).
     *
     * @param f the function
     * @param x the point's x
     * @param y the point's y
     * @return a new array of length 2 and length (norm) 1
     * @throws IllegalArgumentException where both components of the gradient are 0 (such as the
     *                                  bottom of the bowl, (0, 0)): a zero vector has no direction
     */
    double[] unitDirection(Surface f, double x, double y);
}
