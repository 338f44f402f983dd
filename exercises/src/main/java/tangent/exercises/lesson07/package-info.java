/**
 * Lesson 07, the support vector machine as an optimization problem: the distance from a point to a
 * line, the hard-margin problem (minimize a^2 + b^2 subject to t_i (a x_i + b y_i + c) &gt;= 1, where
 * t_i is the label of the point (x_i, y_i), -1 or +1), its Lagrangian with the partial derivatives
 * set to zero, and the support vectors that alone decide the line. Each interface here is one task; implement each in a public class with a public
 * no-argument constructor, anywhere in your submission folder.
 *
 * <p>Conventions shared by the tasks: a line is a x + b y + c = 0, given or returned as the three
 * numbers a, b, c (as an array, {@code {a, b, c}}). A point set is a {@code double[][]} with one row
 * per point, {@code {x, y}}; its labels are an {@code int[]} of the same length, each -1 or +1. The
 * text's example: points {@code {{0, 0}, {1, 2}, {2, 1}}} with labels {@code {-1, +1, +1}}. Arrays
 * you are given are not to be changed.
 */
package tangent.exercises.lesson07;
