package tangent.exercises.lesson04;

import tangent.course.Exercise;

/**
 * Jacobians as formulas.
 *
 * <p>The function f(x, y) = (p(x, y), q(x, y)) = (2xy, x^2 y) takes two inputs and returns two
 * outputs. Its derivative is a matrix, the Jacobian: row 1 holds the partial derivatives of the
 * first output p, row 2 those of the second output q; column 1 differentiates with respect to x,
 * column 2 with respect to y:
 *
 * <pre>
 * J = [ dp/dx  dp/dy ]  =  [ 2y    2x  ]
 *     [ dq/dx  dq/dy ]     [ 2xy   x^2 ]
 * </pre>
 *
 * <p>The text's task: with S(z) = 1 / (1 + e^-z) the sigmoid and p, q, r, s, t, u constants, find the
 * Jacobian of f(x, y) = (S(px + qy), S(rx + sy), S(tx + uy)), three outputs of two inputs (one layer
 * of three sigmoid neurons). By the chain rule, d/dx S(px + qy) = S'(px + qy) p, and S'(z) =
 * S(z) (1 - S(z)) = e^-z / (1 + e^-z)^2.
 */
@Exercise(lesson = "L04", task = "jacobian-formulas", title = "The Jacobian as formulas")
public interface JacobianFormulas {

    /**
     * The Jacobian of (2xy, x^2 y) in x and y, a 2 x 2 matrix of formulas:
     * {@code {{"2*y", "2*x"}, {"2*x*y", "x^2"}}}.
     *
     * @return a new 2 x 2 array, rows are outputs, columns are inputs (x, then y)
     */
    String[][] productPair();

    /**
     * The Jacobian of (S(px + qy), S(rx + sy), S(tx + uy)) in x and y, a 3 x 2 matrix of formulas
     * in x, y and the constants {@code p, q, r, s, t, u}. The sigmoid may be written as
     * {@code S(...)} (capital S: a lower-case {@code s} is the constant), {@code sigmoid(...)} or
     * out in full, as in {@code 1/(1 + exp(-(p*x + q*y)))}.
     *
     * @return a new 3 x 2 array, rows are the three outputs, columns are x, then y
     */
    String[][] sigmoidLayer();
}
