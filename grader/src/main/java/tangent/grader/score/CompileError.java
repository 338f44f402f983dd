package tangent.grader.score;

import tangent.grader.io.StudentText;

/**
 * One compiler error, located in the submission.
 *
 * @param file    path relative to the submission folder
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message the compiler's message
 */
public record CompileError(String file, long line, long column, String message) {

    /** The compiler quotes the submission's own text (names, literals): capped and cleaned like all of it. */
    public CompileError {
        file = tangent.grader.io.StudentText.clean(file);
        message = tangent.grader.io.StudentText.clean(tangent.grader.io.StudentText.cap(message, 2 * 1024));
    }

    /** {@code file:line:column: message}, the form editors and CI annotations understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
