/**
 * Reference answers for Lesson 06, optimization. Critical points and their kinds come from symja
 * exactly (Solve on f' = 0, the sign of f'' at each exact root); the scan refines brackets with
 * Commons Math's Brent solver; the several-variable minimizer is Commons Math's nonlinear
 * conjugate gradient optimizer; vector norms come from Commons Math's vectors. Gradient descent,
 * clipping and the penalties are their own definitions, written as the tasks state them.
 */
package tangent.reference.lesson06;
