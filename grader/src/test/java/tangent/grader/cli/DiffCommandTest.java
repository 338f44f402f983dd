package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.engine.Grader;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlannedTest;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;
import tangent.grader.testing.Cli;

/**
 * {@code tangent diff} on a batch graded twice: the second course's two submissions graded with
 * its buggy suites (second-course-buggy.properties: a wrong expected derivative, and a test the fix
 * dropped) and again with the fixed ones, in worker JVMs as a real regrade would; and its refusals
 * on hand-made scorecards of runs that cannot be compared.
 */
class DiffCommandTest {

    private static final long SEED = 11;

    @TempDir
    static Path batch;

    private static Path old;
    private static Path regraded;
    private static GradingPlan fixedPlan;

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @BeforeAll
    static void gradeTwice() throws Exception {
        Course buggy = Course.load("second-course-buggy.properties");
        Course fixed = Course.load("second-course.properties");
        fixedPlan = new Planner(fixed).plan();
        old = grade(buggy, new Planner(buggy).plan(), "old");
        regraded = grade(fixed, fixedPlan, "new");
    }

    private static Path grade(Course course, GradingPlan plan, String name) throws Exception {
        Path folder = Files.createDirectories(batch.resolve(name));
        try (Grader grader = new Grader(course, plan, WorkerSettings.defaults().withTestTimeout(Duration.ofSeconds(20)))) {
            for (String id : List.of("right", "wrong")) {
                Scorecard card = grader.grade(Path.of(DiffCommandTest.class.getResource("/second-course/" + id).toURI()), SEED);
                new ScorecardJson().write(card, folder.resolve(id + ".json"));
            }
        }
        return folder;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(file)).getRecords();
    }

    private static double points(String id) {
        return fixedPlan.tests().stream().filter(t -> t.id().equals(id)).mapToDouble(PlannedTest::points).sum();
    }

    @Test
    void aRegradeAfterASuiteFixSaysWhoWentUpOrDownAndWhy() throws Exception {
        Path diff = dir.resolve("diff");
        assertThat(cli.run("diff", old.toString(), regraded.toString(), "--out", diff.toString())).as(cli.err()).isZero();

        // the fix: right's correct 2ax + b now passes parabolas, wrong's ax + b now fails it
        String parabolas = "C1.slope.parabolas";
        assertThat(cli.out()).contains("2 submission(s) in both runs: 1 up, 1 down, 0 unchanged")
                .contains("suites ").contains("maximum score ");
        List<CSVRecord> students = csv(diff.resolve("diff.csv"));
        assertThat(students).extracting(r -> r.get("id")).containsExactly("right", "wrong");
        CSVRecord right = students.get(0);
        CSVRecord wrong = students.get(1);
        // the dropped test took its point from both: the change is the parabolas' points less it
        double dropped = 1;
        assertThat(Double.parseDouble(right.get("change"))).isEqualTo(points(parabolas) - dropped);
        assertThat(Double.parseDouble(wrong.get("change"))).isEqualTo(-points(parabolas) - dropped);
        assertThat(right.get("sources_changed")).isEqualTo("false");
        assertThat(Double.parseDouble(right.get("score_after"))).isEqualTo(fixedPlan.maxScore());

        List<CSVRecord> tests = csv(diff.resolve("diff-tests.csv"));
        assertThat(tests).filteredOn(r -> r.get("test").equals(parabolas)).extracting(r -> r.get("id") + ":"
                + r.get("status_before") + ">" + r.get("status_after")).containsExactly("right:failed>passed",
                "wrong:passed>failed");
        assertThat(tests).filteredOn(r -> r.get("test").equals("C1.doubling.zero")).extracting(r -> r.get("id") + ":"
                + r.get("status_before") + ">" + r.get("status_after")).containsExactly("right:passed>", "wrong:passed>");
        // both messages: the buggy suite's complaint about right, the fixed suite's about wrong
        CSVRecord rightParabolas = tests.stream().filter(r -> r.get("id").equals("right") && r.get("test").equals(parabolas))
                .findFirst().orElseThrow();
        assertThat(rightParabolas.get("message_before")).contains("derivative(");
        assertThat(rightParabolas.get("message_after")).isEmpty();
        CSVRecord wrongParabolas = tests.stream().filter(r -> r.get("id").equals("wrong") && r.get("test").equals(parabolas))
                .findFirst().orElseThrow();
        assertThat(wrongParabolas.get("message_after")).contains("derivative(");
        // no other test changed: the unchanged suites gave the same outcomes
        assertThat(tests).hasSize(4);

        String md = Files.readString(diff.resolve("diff.md"));
        assertThat(md).contains("1 up, 1 down, 0 unchanged").contains("## right").contains("## wrong")
                .contains("failed (0) to passed").contains("before: ").contains("absent");
    }

    @Test
    void theSameRunTwiceChangesNothing() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        try (var files = Files.list(regraded)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        assertThat(cli.run("diff", regraded.toString(), copy.toString(), "--out", dir.resolve("d").toString())).isZero();
        assertThat(cli.out()).contains("2 submission(s) in both runs: 0 up, 0 down, 2 unchanged");
        assertThat(Files.readString(dir.resolve("d/diff.md"))).contains("same grader, suites and maximum score")
                .contains("No submission's score or tests changed.");
        assertThat(csv(dir.resolve("d/diff-tests.csv"))).isEmpty();
    }

    // ---- refusals, on hand-made scorecards --------------------------------------------------------

    private static Scorecard card(String id, long seed, String task) {
        TestResult test = new TestResult("L01." + task + ".value", "L01", task, "value", TestStatus.PASSED, 2, 2,
                Visibility.VISIBLE, "", "", 1, List.of(), null, null);
        return new Scorecard(Scorecard.SCHEMA, new Scorecard.SubmissionInfo(id, "submissions/" + id, "0".repeat(64)),
                new Scorecard.GraderInfo("1.0-test", "a".repeat(64)), seed, SubmissionStatus.GRADED, 2, 2, 10, "",
                null, null, null, List.of(test));
    }

    private Path folder(String name, Scorecard... cards) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Scorecard card : cards) {
            new ScorecardJson().write(card, folder.resolve(card.submission().id() + ".json"));
        }
        return folder;
    }

    @Test
    void anotherSeedIsRefusedWithTheSeedToRegradeWith() throws Exception {
        Path a = folder("a", card("ada", 42, "sigmoid"));
        Path b = folder("b", card("ada", 7, "sigmoid"));
        Path target = dir.resolve("out");
        assertThat(cli.run("diff", a.toString(), b.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(cli.message()).contains("seeds differ (42 and 7)").contains("--seed 42").contains("--allow-mixed")
                .contains("nothing was written");
        assertThat(target).doesNotExist();

        cli.clear();
        assertThat(cli.run("diff", a.toString(), b.toString(), "--out", target.toString(), "--allow-mixed")).isZero();
        assertThat(cli.err()).contains("warning: --allow-mixed");
        assertThat(Files.readString(target.resolve("diff.md"))).contains("Not comparable");
    }

    @Test
    void otherTasksNoCommonSubmissionAndMixedFoldersAreRefused() throws Exception {
        Path a = folder("a", card("ada", 42, "sigmoid"));
        assertThat(cli.run("diff", a.toString(), folder("b", card("ada", 42, "cubic")).toString(), "--out",
                dir.resolve("o1").toString())).isEqualTo(2);
        assertThat(cli.message()).contains("different tasks").contains("only in the first: L01.sigmoid")
                .contains("only in the second: L01.cubic");

        cli.clear();
        assertThat(cli.run("diff", a.toString(), folder("c", card("bo", 42, "sigmoid")).toString(), "--out",
                dir.resolve("o2").toString())).isEqualTo(2);
        assertThat(cli.message()).contains("no submission is in both");

        cli.clear();
        Path mixed = folder("m", card("ada", 42, "sigmoid"), card("bo", 7, "sigmoid"));
        assertThat(cli.run("diff", a.toString(), mixed.toString(), "--out", dir.resolve("o3").toString())).isEqualTo(2);
        assertThat(cli.message()).contains("in " + mixed).contains("do not belong together");

        cli.clear();
        assertThat(cli.run("diff", a.toString(), a.toString())).isEqualTo(2);
        assertThat(cli.message()).contains("the same folder");

        cli.clear();
        Path link = Files.createSymbolicLink(dir.resolve("a-link"), a);
        assertThat(cli.run("diff", a.toString(), link.toString())).isEqualTo(2);
        assertThat(cli.message()).contains("the same folder");

        cli.clear();
        assertThat(cli.run("diff", a.toString(), dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(cli.message()).contains("does not exist");

        cli.clear();
        Path broken = folder("broken", card("ada", 42, "sigmoid"));
        Files.writeString(broken.resolve("bo.json"), "{not json");
        assertThat(cli.run("diff", a.toString(), broken.toString())).isEqualTo(2);
        assertThat(cli.message()).contains("bo.json").contains("not valid JSON");
        assertThat(dir.resolve("o1")).doesNotExist();
        assertThat(dir.resolve("o2")).doesNotExist();
        assertThat(dir.resolve("o3")).doesNotExist();
    }

    @Test
    void runsOfOtherLessonsAreRefusedNamingWhatEachGradedAndHowToRegrade() throws Exception {
        TestResult l01 = card("ada", 42, "sigmoid").tests().get(0);
        TestResult l02 = new TestResult("L02.riemann.value", "L02", "riemann", "value", TestStatus.PASSED, 2, 2,
                Visibility.VISIBLE, "", "", 1, List.of(), null, null);
        Scorecard whole = card("ada", 42, "sigmoid");
        whole = new Scorecard(whole.schema(), whole.submission(), whole.grader(), 42, SubmissionStatus.GRADED, 4, 4, 10, "",
                null, null, null, List.of(l01, l02));
        Scorecard part = new Scorecard(whole.schema(), whole.submission(), whole.grader(), 42, SubmissionStatus.GRADED, 2, 2,
                10, "", null, null, new tangent.grader.plan.GradingPlan.Scope(List.of("L02"), false), List.of(l01));
        assertThat(cli.run("diff", folder("wa", part).toString(), folder("wb", whole).toString(), "--out",
                dir.resolve("wo").toString())).isEqualTo(2);
        assertThat(cli.message()).contains("the first lesson L01, the second lessons L01, L02")
                .contains("regrade with the first run's --lessons L01");
    }

    @Test
    void aStrayCopyOfAScorecardIsRefusedAndTheGradersOtherFilesArePassedOver() throws Exception {
        Path a = folder("sa", card("ada", 42, "sigmoid"), card("bo", 42, "sigmoid"));
        Path b = folder("sb", card("ada", 42, "sigmoid"));
        // a copy of ada's card under another name would stand for ada, or beside her
        Files.copy(a.resolve("ada.json"), b.resolve("zz-copy.json"));
        assertThat(cli.run("diff", a.toString(), b.toString(), "--out", dir.resolve("so1").toString())).isEqualTo(2);
        assertThat(cli.message()).contains("submission ada has scorecards in two places").contains("zz-copy.json")
                .contains("nothing was written");
        assertThat(dir.resolve("so1")).doesNotExist();

        // the comparison's findings beside the scorecards are not a broken scorecard
        Files.delete(b.resolve("zz-copy.json"));
        Files.writeString(b.resolve("similarity.json"), "{\"schema\": \"tangent-similarity/1\", \"pairs\": []}");
        cli.clear();
        Path target = dir.resolve("so2");
        assertThat(cli.run("diff", a.toString(), b.toString(), "--out", target.toString())).as(cli.err()).isZero();
        // bo, graded only in the first run, keeps a row of the spreadsheet
        assertThat(csv(target.resolve("diff.csv"))).extracting(r -> r.get("id") + ":" + r.get("score_before") + ">"
                + r.get("score_after") + ":" + r.get("status_after")).containsExactly("ada:2>2:graded", "bo:2>:absent");
    }
}
