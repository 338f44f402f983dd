/**
 * Lesson 08, beyond: Taylor partial sums of e^x and their error, the 2-D convolution of
 * convolutional networks with the gradient that trains its kernel, and the softmax of their output
 * layer with its Jacobian. Each interface here is one
 * task; implement each in a public class with a public no-argument constructor, anywhere in your
 * submission folder.
 *
 * <p><b>Matrices</b> are {@code double[][]} arrays of rows: {@code m[r][c]} is row r, column c, and
 * an H x W matrix has H rows of W entries each. An image is such a matrix of pixel values. A
 * matrix given to a method must be non-null, non-empty and rectangular (every row non-null and as
 * long as the first, which is not empty); otherwise the method throws
 * {@link IllegalArgumentException}. Methods never change the arrays they are given and return new
 * arrays.
 */
package tangent.exercises.lesson08;
