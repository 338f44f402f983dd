/**
 * Finding which student class implements which exercise interface, by reading class files with
 * ASM rather than loading them: no student class is loaded, let alone initialised, in the process
 * that writes scorecards. Missing, ambiguous and unusable implementations get messages that say
 * what to change.
 */
package tangent.grader.discovery;
