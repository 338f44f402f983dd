/**
 * The command line, with picocli: {@code tangent grade} grades submission folders and writes one
 * scorecard per submission; {@code init}, {@code check}, {@code verdict}, {@code merge},
 * {@code gradescope}, {@code similarity} (JPlag over a batch) and {@code diff} (a regrade's changes)
 * start, check and combine work around it. Usage errors exit with 2 and a message saying what to
 * type instead; failures of the grader itself exit with 1; work that ran exits with 0 whatever it found.
 */
package tangent.grader.cli;
