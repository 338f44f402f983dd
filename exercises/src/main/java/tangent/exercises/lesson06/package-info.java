/**
 * Lesson 06, optimization: where the derivative is zero a function can have a maximum or a
 * minimum (critical points, the second-derivative test, log x which has none), gradient descent
 * in one variable, minimizing a convex function of several variables, and the gradient tools of
 * training (clipping by norm, the L1 and L2 penalties). Each interface here is one task; implement
 * each in a public class with a public no-argument constructor, anywhere in your submission folder.
 *
 * <p>Arrays you are given are yours to read, not to change: return new arrays. Where a task asks
 * for an expression, write it as on paper in plain text ({@code 1/x}, {@code x^-1}); see Lesson 01.
 */
package tangent.exercises.lesson06;
