/**
 * The command line, with picocli: {@code tangent grade} grades submission folders and writes one
 * scorecard per submission. Usage errors exit with 2 and a message saying what to type instead;
 * failures of the grader itself exit with 1; grading that ran exits with 0 whatever the scores.
 */
package tangent.grader.cli;
