package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tangent.grader.plan.GradingPlan;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

/**
 * {@code tangent merge} on hand-made scorecards (nothing is graded): it merges shards of one run,
 * refuses runs that do not belong together unless --allow-mixed, and names a file it cannot read
 * instead of leaving its submission out of the gradebook; when it refuses it writes nothing.
 */
class MergeCommandTest {

    private static final String SUITES = "a".repeat(64);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Tangent.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** A scorecard of one passed test worth {@code max}. */
    private static Scorecard card(String id, long seed, double max, String suites, GradingPlan.Scope scope) {
        TestResult test = new TestResult("L01.sigmoid.value", "L01", "sigmoid", "value", TestStatus.PASSED, max, max,
                Visibility.VISIBLE, "", "", 1, List.of(), null, null);
        return new Scorecard(Scorecard.SCHEMA, new Scorecard.SubmissionInfo(id, "submissions/" + id, "0".repeat(64)),
                new Scorecard.GraderInfo("1.0-test", suites), seed, SubmissionStatus.GRADED, max, max, 10, "",
                null, null, scope, List.of(test));
    }

    private static Scorecard card(String id, long seed) {
        return card(id, seed, 54, SUITES, null);
    }

    private Path folder(String name, Scorecard... cards) throws Exception {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        for (Scorecard card : cards) {
            new ScorecardJson().write(card, folder.resolve(card.submission().id() + ".json"));
        }
        return folder;
    }

    private int merge(Path... folders) {
        String[] args = new String[folders.length + 3];
        args[0] = "merge";
        for (int i = 0; i < folders.length; i++) {
            args[i + 1] = folders[i].toString();
        }
        args[folders.length + 1] = "--out";
        args[folders.length + 2] = dir.resolve("merged").toString();
        return run(args);
    }

    /** The refusal's message: the first line on stderr (a line pointing at --help follows it). */
    private String message() {
        return err.toString().lines().findFirst().orElse("");
    }

    private void assertNothingWritten() {
        assertThat(dir.resolve("merged/gradebook.csv")).doesNotExist();
        assertThat(dir.resolve("merged/report.html")).doesNotExist();
    }

    @Test
    void twoShardsOfOneRunMerge() throws Exception {
        Path one = folder("shard1", card("a", 42), card("b", 42));
        Path two = folder("shard2", card("c", 42));
        assertThat(merge(one, two)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Merged 3 scorecards from 2 folder(s) into");
        assertThat(err.toString()).isEmpty();
        List<String> rows = Files.readAllLines(dir.resolve("merged/gradebook.csv"));
        assertThat(rows).hasSize(4);
        assertThat(String.join("\n", rows)).contains("a", "b", "c");
        assertThat(dir.resolve("merged/report.html")).isNotEmptyFile();
    }

    @Test
    void differentSeedsAreRefusedNamingEachGroupAndNothingIsWritten() throws Exception {
        Path one = folder("shard1", card("a", 42), card("b", 42), card("c", 42), card("d", 42));
        Path two = folder("shard2", card("e", 7));
        Path three = folder("shard3", card("f", 8));
        assertThat(merge(one, two, three)).isEqualTo(2);
        assertThat(message()).contains("the scorecards are from runs that do not belong together: "
                + "4 with seed 42 (a.json, b.json, c.json, ...), 1 with seed 7 (e.json), 1 with seed 8 (f.json); "
                + "differences: seed 42 vs 7 vs 8. Merge shards of one run, or pass --allow-mixed");
        assertThat(message()).doesNotContain("d.json");
        assertThat(out.toString()).doesNotContain("Merged");
        assertNothingWritten();
    }

    @Test
    void aRefusalLeavesAnEarlierGradebookAlone() throws Exception {
        Path merged = dir.resolve("merged");
        Files.createDirectories(merged);
        Files.writeString(merged.resolve("gradebook.csv"), "earlier\n");
        assertThat(merge(folder("shard1", card("a", 42)), folder("shard2", card("b", 7)))).isEqualTo(2);
        assertThat(merged.resolve("gradebook.csv")).hasContent("earlier");
        assertThat(merged.resolve("report.html")).doesNotExist();
    }

    @Test
    void aDifferentMaximumScoreIsRefused() throws Exception {
        Path one = folder("shard1", card("a", 42, 54, SUITES, null));
        Path two = folder("shard2", card("b", 42, 410, SUITES, null));
        assertThat(merge(one, two)).isEqualTo(2);
        assertThat(message()).contains("1 with maximum score 54 (a.json), 1 with maximum score 410 (b.json)",
                "differences: maximum score 54 vs 410");
        assertThat(message()).doesNotContain("seed");
        assertNothingWritten();
    }

    @Test
    void differentSuitesAreRefused() throws Exception {
        Path one = folder("shard1", card("a", 42, 54, SUITES, null), card("b", 42, 54, SUITES, null));
        Path two = folder("shard2", card("c", 42, 54, "b".repeat(64), null));
        assertThat(merge(one, two)).isEqualTo(2);
        assertThat(message()).contains("2 with suites aaaaaaaaaaaa (a.json, b.json), 1 with suites bbbbbbbbbbbb "
                + "(c.json); differences: suites aaaaaaaaaaaa vs bbbbbbbbbbbb");
        assertNothingWritten();
    }

    @Test
    void aDifferentScopeIsRefusedAndEveryDifferenceIsNamed() throws Exception {
        Path one = folder("shard1", card("a", 42));
        Path two = folder("shard2", card("b", 7, 20, SUITES, new GradingPlan.Scope(List.of("L02"), true)));
        assertThat(merge(one, two)).isEqualTo(2);
        assertThat(message()).contains("1 with seed 42, scope the whole course, maximum score 54 (a.json)",
                "1 with seed 7, scope without L02, public tests only, maximum score 20 (b.json)",
                "differences: seed 42 vs 7; scope the whole course vs without L02, public tests only; "
                        + "maximum score 54 vs 20");
        assertNothingWritten();
    }

    @Test
    void allowMixedMergesAnywayWithAWarningSayingWhatDiffers() throws Exception {
        Path one = folder("shard1", card("a", 42), card("b", 42));
        Path two = folder("shard2", card("c", 7, 410, SUITES, null));
        assertThat(run("merge", one.toString(), two.toString(), "--out", dir.resolve("merged").toString(),
                "--allow-mixed")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Merged 3 scorecards from 2 folder(s)");
        assertThat(err.toString()).startsWith("warning: --allow-mixed: the scorecards are from runs that do not "
                + "belong together: 2 with seed 42, maximum score 54 (a.json, b.json), 1 with seed 7, maximum score "
                + "410 (c.json); differences: seed 42 vs 7; maximum score 54 vs 410");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("merged/gradebook.csv"))).hasSize(4);
    }

    @Test
    void anUnreadableScorecardIsNamedInsteadOfDropped() throws Exception {
        Path one = folder("shard1", card("a", 42));
        Files.writeString(one.resolve("broken.json"), "{\"schema\": \"tangent-scorecard/1\", \"submission\": ");
        Path two = folder("shard2", card("b", 42));
        assertThat(merge(one, two)).isEqualTo(2);
        assertThat(message()).contains("cannot merge: " + one.resolve("broken.json")
                + " (it is not valid JSON: ", "is not a readable tangent-scorecard/1 scorecard",
                "nothing was written");
        assertThat(out.toString()).doesNotContain("Merged");
        assertNothingWritten();
    }

    @Test
    void everyUnreadableFileIsNamedWithItsReason() throws Exception {
        Path one = folder("shard1", card("a", 42));
        Files.writeString(one.resolve("other.json"), "{\"schema\": \"tangent-scorecard/0\", \"tests\": []}");
        Files.writeString(one.resolve("list.json"), "[1, 2]");
        Files.writeString(one.resolve("nobody.json"), "{\"schema\": \"tangent-scorecard/1\", \"tests\": []}");
        assertThat(merge(one)).isEqualTo(2);
        assertThat(message()).contains("3 files are not readable tangent-scorecard/1 scorecards",
                one.resolve("other.json") + " (its schema is tangent-scorecard/0, not tangent-scorecard/1)",
                one.resolve("list.json") + " (it is JSON but not a scorecard: ",
                one.resolve("nobody.json") + " (it names no submission");
        assertNothingWritten();
    }

    @Test
    void gradescopeResultsBesideTheScorecardsAreIgnored() throws Exception {
        Path one = folder("shard1", card("a", 42));
        Files.writeString(one.resolve("a.gradescope.json"), "{\"score\": 54, \"tests\": []}");
        Files.writeString(one.resolve("notes.txt"), "not json");
        assertThat(merge(one, folder("shard2", card("b", 42)))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Merged 2 scorecards from 2 folder(s)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void oneSubmissionInTwoFoldersAndNoScorecardsAreStillRefused() throws Exception {
        Path one = folder("shard1", card("a", 42));
        Path two = folder("shard2", card("a", 42));
        assertThat(merge(one, two)).isEqualTo(2);
        assertThat(message()).contains("submission a has scorecards in two places");
        assertNothingWritten();
        err.getBuffer().setLength(0);
        assertThat(merge(one, one)).isEqualTo(2); // one folder given twice
        assertThat(message()).contains("submission a has scorecards in two places");
        assertNothingWritten();
        err.getBuffer().setLength(0);
        Path empty = folder("empty");
        Files.writeString(empty.resolve("a.gradescope.json"), "{}");
        assertThat(merge(empty)).isEqualTo(2);
        assertThat(message()).contains("no scorecards found in");
        assertNothingWritten();
    }

    @Test
    void helpSaysWhatExitCodeTwoMeans() {
        assertThat(run("merge", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--allow-mixed",
                "2 refused, nothing written: a missing folder, no scorecards, a *.json that is not a readable scorecard",
                "scorecards from runs that do not belong together (without --allow-mixed)");
    }
}
