package tangent.grader.intake;

/**
 * One Java source of a submission.
 *
 * @param path    its path relative to the submission folder, with {@code /} separators
 * @param content its text, decoded as UTF-8
 */
public record SourceFile(String path, String content) {
}
