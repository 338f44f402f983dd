package tangent.grader.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.StudentText;
import tangent.grader.similarity.SimilarityReport;

/**
 * {@code similarity.csv}: one row per pair at or above the threshold, most similar first: the two
 * ids, the similarity and the larger of the two shares (0 to 1, four decimals), the matched tokens
 * and each submission's tokens. RFC 4180, written by Commons CSV.
 */
public final class SimilarityCsv {

    public static final String FILE = "similarity.csv";

    public String toCsv(SimilarityReport report) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("first_id", "second_id",
                "similarity", "max_similarity", "matched_tokens", "first_tokens", "second_tokens").build())) {
            for (SimilarityReport.Pair pair : report.pairs()) {
                // ids are folder names a student chose: a leading = must stay text in a spreadsheet
                csv.printRecord(StudentText.cell(StudentText.clean(pair.first())),
                        StudentText.cell(StudentText.clean(pair.second())), share(pair.similarity()),
                        share(pair.maxSimilarity()), pair.matchedTokens(), pair.firstTokens(), pair.secondTokens());
            }
        }
        return out.toString();
    }

    public void write(SimilarityReport report, Path file) throws IOException {
        AtomicFile.write(file, toCsv(report));
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
