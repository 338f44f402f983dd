package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.testing.Cli;
import tangent.grader.testing.Folders;

/**
 * {@code tangent similarity} and {@code grade --format similarity} on small batches made from the
 * samples: the files they write, what they print, a submission that does not parse, and their
 * refusals. How well the comparison itself tells copies from independent work is SimilarityTest's.
 */
class SimilarityCommandTest {

    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    /** l06-correct, a mistake sample made from it, l08-correct, and the sample that does not compile. */
    private Path batch() throws Exception {
        Path batch = dir.resolve("batch");
        if (Files.isDirectory(batch)) {
            return batch;
        }
        for (String name : List.of("l06-correct", "l06-sign-flip", "l08-correct", "sample-compile-error")) {
            Folders.copy(SUBMISSIONS.resolve(name), batch.resolve(name));
        }
        return batch;
    }

    @Test
    void itWritesThePairsTheReportSectionAndJplagsFileAndNamesWhatItCouldNotCompare() throws Exception {
        Path target = dir.resolve("out");
        assertThat(cli.run("similarity", batch().toString(), "--out", target.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("compared 3 submission(s) (3 pairs)")
                .containsPattern("\\d+%  l06-correct\\s+l06-sign-flip")
                .contains("not compared: sample-compile-error: it does not parse as Java (").contains("';' expected");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(target.resolve("similarity.csv"))).getRecords();
        assertThat(rows).extracting(r -> r.get("first_id") + "/" + r.get("second_id")).contains("l06-correct/l06-sign-flip");
        assertThat(rows).allSatisfy(r -> assertThat(Double.parseDouble(r.get("similarity"))).isGreaterThanOrEqualTo(0.5));
        assertThat(target.resolve("jplag.zip")).isNotEmptyFile();
        assertThat(target.resolve("similarity.json")).isNotEmptyFile();
        String html = Files.readString(target.resolve("report.html"));
        assertThat(html).contains("Similar submissions").contains("id=\"pair-1\"").contains("l06-sign-flip")
                .contains("sample-compile-error: it does not parse").doesNotContain("id=\"summary\"");
    }

    @Test
    void withScorecardsInTheFolderTheSectionJoinsTheGradebooksReportAndGradeCanMakeIt() throws Exception {
        Path target = dir.resolve("grades");
        assertThat(cli.run("grade", batch().toString(), "--out", target.toString(), "--lessons", "L06", "--format",
                "html,similarity", "--seed", "3", "--quiet")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Similarity: ").contains("of 3 compared submission(s)");
        String html = Files.readString(target.resolve("report.html"));
        assertThat(html).contains("id=\"summary\"").contains("Similar submissions")
                .containsSubsequence("id=\"submissions\"", "id=\"similarity\"");
        assertThat(target.resolve("similarity.csv")).isNotEmptyFile();

        // a later `grade --format html` in the same folder keeps the section it finds there
        cli.clear();
        assertThat(cli.run("grade", batch().resolve("l08-correct").toString(), "--out", target.toString(), "--lessons", "L06",
                "--format", "html", "--seed", "3", "--quiet")).isZero();
        assertThat(Files.readString(target.resolve("report.html"))).contains("Similar submissions");
    }

    @Test
    void badValuesAndTooFewSubmissionsAreUsageErrors() throws Exception {
        Path batch = batch();
        assertThat(cli.run("similarity", batch.toString(), "--threshold", "1.5", "--out", dir.resolve("o").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("the threshold is a similarity from 0 to 1");
        cli.clear();
        assertThat(cli.run("similarity", batch.resolve("l06-correct").toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("a comparison needs at least two");
        cli.clear();
        assertThat(cli.run("similarity", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("does not exist");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
