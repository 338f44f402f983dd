/**
 * Hidden suites for Lesson 08, beyond. Visible tests use the text's numbers (T_1, T_3, T_5 of e^x
 * on [-2, 2], the Sobel kernel, a 10 x 10 image); hidden ones add seeded random points, images and
 * kernels, and check gradients against central differences of the loss computed here. Hints name
 * the usual mistakes: a missing factorial, n + 1 terms, a rotated kernel where the text does not
 * rotate, an output one row and column short.
 */
package tangent.suites.lesson08;
