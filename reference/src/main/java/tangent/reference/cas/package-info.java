/**
 * The course's tables of slow CAS work (integrals, Jacobians), computed ahead of time and reviewed
 * like code ({@link CasTable}). The CAS itself is {@code tangent.cas.Cas}, which the engine shares.
 */
package tangent.reference.cas;
