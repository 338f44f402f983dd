package tangent.exercises.lesson03;

import tangent.course.Exercise;

/**
 * Partial derivatives and the gradient, as formulas.
 *
 * <p>The partial derivative of f(x, y) with respect to x differentiates f in x while treating y as
 * a constant; with respect to y, the other way round. For f(x, y) = x^2 + y^3, the y^3 part does
 * not change with x, so df/dx = 2x, and likewise df/dy = 3y^2. The gradient collects the partial
 * derivatives into a vector, (df/dx, df/dy):
 *
 * <ul>
 *   <li>x^2 + y^3 has gradient (2x, 3y^2);
 *   <li>x^2 + y^2 has gradient (2x, 2y);
 *   <li>x^2 + 2xy + y^2 has gradient (2x + 2y, 2x + 2y).
 * </ul>
 *
 * <p>Write each formula in the variables {@code x} and {@code y} (see the package documentation for
 * the notation); any equivalent form is accepted.
 */
@Exercise(lesson = "L03", task = "partial-derivatives", title = "Partial derivatives and the gradient as formulas")
public interface PartialDerivatives {

    /**
     * One partial derivative of f as a formula. Example: {@code partial(SQUARE_PLUS_CUBE, "y")} is
     * {@code "3*y^2"}.
     *
     * @param f        the function
     * @param variable {@code "x"} or {@code "y"}, exactly; anything else (including {@code null}) must
     *                 throw {@link IllegalArgumentException}
     * @return df/dx or df/dy as text
     */
    String partial(Surface f, String variable);

    /**
     * The gradient of f as two formulas, {df/dx, df/dy} in that order. Example:
     * {@code gradient(SQUARE_PLUS_CUBE)} is {@code {"2*x", "3*y^2"}}.
     *
     * @param f the function
     * @return a new array of length 2
     */
    String[] gradient(Surface f);
}
