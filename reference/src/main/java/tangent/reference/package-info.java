/**
 * The course's own answers. Subpackages hold one reference implementation per exercise interface,
 * lesson by lesson, and the CAS access they share. Reference values come from libraries (symja for
 * symbolic work, Commons Math for numerics) wherever a library can produce them; what is left by
 * hand is the definition a task asks for (a difference quotient is its own formula).
 */
package tangent.reference;
