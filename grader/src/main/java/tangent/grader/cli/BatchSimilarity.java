package tangent.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tangent.grader.intake.Handins;
import tangent.grader.plan.Course;
import tangent.grader.plan.PlanCache;
import tangent.grader.plan.Planner;
import tangent.grader.report.SimilarityCsv;
import tangent.grader.scaffold.StarterProject;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.similarity.Similarity;
import tangent.grader.similarity.SimilarityJson;
import tangent.grader.similarity.SimilarityOptions;
import tangent.grader.similarity.SimilarityReport;

/**
 * One comparison of a batch, as {@code tangent similarity} and {@code grade --format similarity}
 * make it: the course's starter as base code, and in the output folder {@code similarity.csv},
 * {@code similarity.json} (for the batch's report.html) and JPlag's {@code jplag.zip}.
 */
final class BatchSimilarity {

    static final String JPLAG_FILE = "jplag.zip";

    private BatchSimilarity() {
    }

    /**
     * @throws IOException when the course's starter cannot be made, the comparison fails as a whole,
     *                     or a file cannot be written
     */
    static SimilarityReport compare(List<Handins.Handin> handins, SimilarityOptions options, Path out) throws IOException {
        String taken = nameTaken(out);
        if (taken != null) {
            throw new IOException(taken);
        }
        StarterProject starter;
        try {
            Course course = Course.load();
            starter = StarterProject.of(PlanCache.forThisJvm(course).plan(() -> new Planner(course).plan()).exercises());
        } catch (RuntimeException e) {
            throw new IOException("the course's starter (the base code) cannot be made: " + e.getMessage(), e);
        }
        SimilarityReport report = new Similarity(options, starter.givenSources()).compare(handins, out.resolve(JPLAG_FILE));
        if (report.compared() < 2) {
            Files.deleteIfExists(out.resolve(JPLAG_FILE)); // an earlier comparison's report would pass for this one's
        }
        new SimilarityCsv().write(report, out.resolve(SimilarityCsv.FILE));
        SimilarityJson.write(report, out.resolve(SimilarityJson.FILE));
        return report;
    }

    /**
     * Why the findings cannot be written to {@code out}: its similarity.json is the scorecard of a
     * submission named "similarity", which they would replace; null when the name is free.
     */
    static String nameTaken(Path out) {
        Path file = out.resolve(SimilarityJson.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Scorecard card = new ScorecardJson().read(file);
            if (card != null && Scorecard.SCHEMA.equals(card.schema())) {
                return file + " is the scorecard of the submission \"" + card.submission().id() + "\", and the "
                        + "comparison writes its findings under that name: give it another --out; nothing was written";
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a scorecard: an earlier comparison's findings, replaced
        }
        return null;
    }
}
