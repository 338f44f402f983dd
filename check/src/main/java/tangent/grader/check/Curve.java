package tangent.grader.check;

/**
 * A function check that failed, as sampled: at each x (in increasing order), the expected value
 * and the submission's. Reports plot it, so an instructor or student sees where the curves part.
 *
 * @param what     the function, as the check named it (e.g. {@code "S'"})
 * @param x        the sample points, increasing
 * @param expected the right values there
 * @param actual   the submission's values there
 */
public record Curve(String what, double[] x, double[] expected, double[] actual) {
}
