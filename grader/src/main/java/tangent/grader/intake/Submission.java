package tangent.grader.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * A submission as read from disk.
 *
 * @param id      the folder's name, which names the scorecard
 * @param path    the folder
 * @param sha256  hex SHA-256 over the sources (see {@link Intake#hash})
 * @param sources the Java sources, sorted by path
 */
public record Submission(String id, Path path, String sha256, List<SourceFile> sources) {

    public Submission {
        sources = List.copyOf(sources);
    }
}
