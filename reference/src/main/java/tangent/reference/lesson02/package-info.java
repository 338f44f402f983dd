/**
 * Reference answers for Lesson 02, integration. The grid and the Riemann sums are the definitions
 * the tasks state, written out; antiderivatives of the text's functions come from symja's
 * integrals in the CAS table; definite integrals and normal probabilities from Commons Math's
 * Gauss-Legendre rule on short panels (and are tested against its {@code NormalDistribution}).
 */
package tangent.reference.lesson02;
