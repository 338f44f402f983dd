/**
 * Reading what students hand in: which folders are submissions and their ids ({@link
 * tangent.grader.intake.Handins}, the one place that rule lives), then each submission's Java
 * sources read once into memory with the SHA-256 over them, so what is hashed is exactly what gets
 * compiled. Nothing here runs or compiles anything, and nothing here writes.
 */
package tangent.grader.intake;
