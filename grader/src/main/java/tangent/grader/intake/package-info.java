/**
 * Reading a submission folder: its id (the folder name), its Java sources read once into memory,
 * and the SHA-256 over them, so what is hashed is exactly what gets compiled. Nothing here runs or
 * compiles anything.
 */
package tangent.grader.intake;
