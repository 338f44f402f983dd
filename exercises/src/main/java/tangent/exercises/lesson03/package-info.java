/**
 * Lesson 03, the gradient of a function of two variables: partial derivatives and the gradient as
 * formulas and as numbers, the direction of fastest increase found by scanning directions (the
 * text's own experiment), and steepest descent. Each interface here is one task; implement each in
 * a public class with a public no-argument constructor, anywhere in your submission folder.
 *
 * <p>The functions of the text are the constants of {@link Surface}. Vectors are {@code double[]}
 * (or {@code String[]}) of length 2 in the order (x component, y component).
 *
 * <p>Where a task asks for a formula, write it as on paper in plain text in the variables
 * {@code x} and {@code y}: numbers, {@code + - * /}, {@code ^} for powers, parentheses,
 * {@code exp(...)}, {@code log(...)}, {@code sqrt(...)}. Any equivalent form is accepted:
 * {@code 2*x + 2*y} and {@code 2*(x + y)} are both right. Write the products out: {@code 2*x*y},
 * not {@code 2xy} (that reads as a single name {@code xy}). The usual typed forms ({@code y²},
 * {@code −}, {@code ·}) are read too: see the README's "Writing formulas".
 *
 * <p>Angles are in degrees, measured as the text's code measures them: a direction at angle a is
 * the unit vector (sin a, cos a), so 0 degrees points along +y, 90 along +x, 180 along -y and 270
 * along -x (clockwise from the y axis, like a compass bearing with north along +y).
 */
package tangent.exercises.lesson03;
