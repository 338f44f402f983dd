/**
 * Reference answers for Lesson 07, the support vector machine. The Lagrangian's partial
 * derivatives come from symja; its stationary points are solved with Commons Math's LU
 * decomposition, exactly the text's method; the maximum-margin line tries every set of 2 or 3
 * active constraints with both classes and keeps the feasible stationary point of least
 * a^2 + b^2, which is exact in the plane.
 */
package tangent.reference.lesson07;
