/**
 * Starting a submission: the course's starter project (a class per exercise interface whose
 * methods say they are not implemented yet, the public sample tests, a pom that builds against the
 * exercises) travels inside the grader's jar and is written out by {@code tangent init}.
 */
package tangent.grader.scaffold;
