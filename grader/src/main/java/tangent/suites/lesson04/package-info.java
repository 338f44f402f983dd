/**
 * Hidden suites for Lesson 04, the Jacobian. Visible tests use the text's examples (the Jacobian of
 * (2xy, x^2 y), the sigmoid layer with constants p to u, the chain (1x1) = (1x2)(2x2)(2x1)); hidden
 * ones add seeded random vector functions whose exact Jacobians come from Commons Math's automatic
 * differentiation. A transposed Jacobian (rows and columns swapped) and a chain multiplied in the
 * wrong order are recognised and named in the feedback.
 */
package tangent.suites.lesson04;
