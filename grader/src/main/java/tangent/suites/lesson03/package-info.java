/**
 * Hidden suites for Lesson 03, the gradient. Visible tests use the texts' own numbers (the gradient
 * (4, 27) of x^2 + y^3 at (2, 3), the scan's 8.4 degrees and (3.987419245872443,
 * 27.002750276227097), steepest descent (-2, -2) at (1, 1)); hidden ones add seeded random
 * functions and points, with exact gradients and Hessians from Commons Math's automatic
 * differentiation, and hints for the mistakes students make (components swapped, an angle measured
 * from the x axis, a descent that climbs).
 */
package tangent.suites.lesson03;
