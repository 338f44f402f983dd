/**
 * Lesson 04, the Jacobian: the derivative of a function that takes a vector and returns a vector,
 * as formulas, as numbers, by finite differences, and in the multivariate chain rule. Each
 * interface here is one task; implement each in a public class with a public no-argument
 * constructor, anywhere in your submission folder.
 *
 * <p>The convention throughout, the text's: the Jacobian of f: R^n -&gt; R^m is an m x n matrix
 * whose row i holds the partial derivatives of output i and whose column j holds the partial
 * derivatives with respect to input j. Entry [i][j] is d f_i / d x_j. Matrices are
 * {@code double[][]} (or {@code String[][]}) as rows of columns, so {@code J[i][j]} is row i,
 * column j.
 *
 * <p>Formulas are written as on paper in plain text: numbers, the variables {@code x} and
 * {@code y}, the named constants of a task, {@code + - * /}, {@code ^} for powers, parentheses,
 * {@code exp(...)}, {@code log(...)}, {@code sqrt(...)}. Write products out: {@code 2*x*y}, and
 * {@code p*x}, not {@code px}.
 */
package tangent.exercises.lesson04;
