package tangent.grader.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.Json;

/** {@code similarity.json}, the comparison's findings kept beside the scorecards. */
public final class SimilarityJson {

    /** Its name in an output folder. */
    public static final String FILE = "similarity.json";

    private SimilarityJson() {
    }

    public static void write(SimilarityReport report, Path file) throws IOException {
        AtomicFile.write(file, Json.FILES.writeValueAsBytes(report));
    }

    /**
     * The findings kept in {@code folder}, when there are any.
     *
     * @throws IOException when the file is there but is not a comparison's findings
     */
    public static Optional<SimilarityReport> readIfPresent(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SimilarityReport report = Json.FILES.readValue(file.toFile(), SimilarityReport.class);
        if (report == null || !SimilarityReport.SCHEMA.equals(report.schema())) {
            throw new IOException(file + " is not a " + SimilarityReport.SCHEMA + " file");
        }
        return Optional.of(report);
    }
}
