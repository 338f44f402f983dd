/**
 * Reference answers for Lesson 04, the Jacobian: formulas from the CAS table (computed ahead of time
 * by symja), numbers by Commons Math's automatic differentiation, central differences written out as
 * the task defines them, and chain products by Commons Math's matrices.
 */
package tangent.reference.lesson04;
