package tangent.grader.score;

/**
 * A place in a submission's sources: where a test's error was thrown from.
 *
 * @param file the source file, relative to the submission folder once the grader has found it
 *             (in the worker, relative to the source root: the class's package path and file name)
 * @param line 1-based line, 0 when unknown
 */
public record SourceLocation(String file, long line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
