/**
 * The reference's lesson classes, relocated here by the mutation-subject module and unpacked
 * into this module's classes at build time, for PIT to mutate. Nothing is written here by hand
 * but this file, which also gives PIT the main tree it insists on before it will run.
 */
package tangent.mutant;
