/**
 * Reference answers for Lesson 08, beyond: Taylor partial sums of e^x as Commons Math polynomials
 * with factorials from its {@code CombinatoricsUtils}, and the valid convolution of the text
 * (cross-correlation) with its gradients, written out from their definitions (Commons Math has no
 * 2-D convolution); the grader checks those gradients against finite differences.
 */
package tangent.reference.lesson08;
