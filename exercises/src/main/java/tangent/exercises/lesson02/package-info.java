/**
 * Lesson 02, integration: the Riemann sum and its running sum, antiderivatives, the running sum as
 * the antiderivative shifted by a constant, definite integrals, and a probability as the area under
 * the normal density. Each interface here is one task; implement each in a public class with a
 * public no-argument constructor, anywhere in your submission folder.
 *
 * <p><b>The grid.</b> Several tasks sample a function f on [a, b) with a step dx, as the text does
 * with {@code x = np.arange(a, b, dx)}: the points are x_i = a + i dx for i = 0, 1, ..., n - 1,
 * where n = ceil((b - a) / dx), which is how numpy's {@code arange} counts. The interval is
 * half-open: b itself is never a point. With a = -10, b = 10, dx = 0.1 that is n = 200 points,
 * -10, -9.9, ..., 9.9. Compute each point as a + i dx; adding dx again and again accumulates
 * rounding error (after 200 additions of 0.1 to -10 the sum is just below 10, and a loop
 * {@code while (x < b)} takes a 201st point).
 *
 * <p>Where a task asks for an expression (an antiderivative written as text), write it as on paper
 * in plain text: numbers, the variable {@code x}, {@code + - * /}, {@code ^} for powers,
 * parentheses, {@code exp(...)}, {@code log(...)}, {@code sqrt(...)}. Any equivalent form is
 * accepted, and so is any constant of integration: {@code x^2}, {@code x^2 + 5} and
 * {@code x^2 + C} are all antiderivatives of 2x. The usual typed forms ({@code x²}, {@code −},
 * {@code ·}, a leading {@code F(x) =}) are read too: see the README's "Writing formulas".
 */
package tangent.exercises.lesson02;
