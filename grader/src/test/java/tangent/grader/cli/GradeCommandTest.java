package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tangent.grader.plan.TheCourse;
import tangent.grader.testing.Folders;

/** The command line as a user meets it: files written, fields present, exit codes, messages. */
class GradeCommandTest {

    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

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

    @Test
    void gradesAFolderOfSubmissionsAndWritesAScorecardWithEveryField() throws Exception {
        Path batch = dir.resolve("batch");
        for (String sample : List.of("sample-compile-error", "sample-factor-two")) {
            Folders.copy(SUBMISSIONS.resolve(sample), batch.resolve(sample));
        }
        Path grades = dir.resolve("grades");
        int exit = run("grade", batch.toString(), "--out", grades.toString(), "--seed", "5");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("sample-factor-two", "compile_error", "seed 5");
        assertThat(out.toString()).containsPattern("sample-factor-two +graded +47 / ");

        JsonNode card = new ObjectMapper().readTree(grades.resolve("sample-factor-two.json").toFile());
        for (String field : List.of("schema", "submission", "grader", "seed", "status", "score", "max_score",
                "duration_ms", "tests")) {
            assertThat(card.has(field)).as(field).isTrue();
        }
        assertThat(card.get("schema").asText()).isEqualTo("tangent-scorecard/1");
        assertThat(card.at("/submission/id").asText()).isEqualTo("sample-factor-two");
        assertThat(card.at("/submission/sha256").asText()).hasSize(64);
        assertThat(card.at("/grader/version").asText()).isNotBlank();
        assertThat(card.get("seed").asLong()).isEqualTo(5);
        assertThat(card.get("status").asText()).isEqualTo("graded");
        JsonNode test = card.get("tests").get(0);
        for (String field : List.of("id", "lesson", "task", "name", "status", "score", "max_score", "visibility", "message")) {
            assertThat(test.has(field)).as(field).isTrue();
        }
        JsonNode broken = new ObjectMapper().readTree(grades.resolve("sample-compile-error.json").toFile());
        assertThat(broken.get("status").asText()).isEqualTo("compile_error");
        assertThat(broken.at("/compile_errors/0/file").asText()).isEqualTo("Sig.java");
        assertThat(broken.at("/compile_errors/0/line").asInt()).isEqualTo(6);
    }

    @Test
    void resumeKeepsUnchangedScorecardsAndRegradesChangedSources() throws Exception {
        Path batch = dir.resolve("batch");
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve("a"));
        Folders.copy(SUBMISSIONS.resolve("sample-factor-two"), batch.resolve("b"));
        Path grades = dir.resolve("grades");
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--seed", "9", "--jobs", "2")).isZero();
        String before = Files.readString(grades.resolve("a.json"));

        Files.writeString(batch.resolve("b/Extra.java"), "public class Extra { }\n");
        out.getBuffer().setLength(0);
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--resume")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("seed 9").containsPattern("a +unchanged, kept").containsPattern("b +graded");
        assertThat(Files.readString(grades.resolve("a.json"))).isEqualTo(before);
    }

    @Test
    void formatsWriteEveryReportAndAGradebook() throws Exception {
        Path batch = dir.resolve("batch");
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve("a"));
        Folders.copy(SUBMISSIONS.resolve("sample-compile-error"), batch.resolve("b"));
        Path grades = dir.resolve("grades");
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--seed", "3",
                "--format", "json,gradescope,junit,markdown,csv,html")).as(err.toString()).isZero();
        assertThat(grades.resolve("report.html")).isNotEmptyFile();
        for (String id : List.of("a", "b")) {
            for (String suffix : List.of(".json", ".gradescope.json", ".junit.xml", ".md", ".html")) {
                assertThat(grades.resolve(id + suffix)).isNotEmptyFile();
            }
        }
        assertThat(Files.readAllLines(grades.resolve("gradebook.csv"))).hasSize(3);
        out.getBuffer().setLength(0);
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--seed", "3", "--progress", "bar")).isZero();
        assertThat(out.toString()).contains("[###############...............] 1/2", "\r\033[K[2/2]");
        assertThat(run("grade", batch.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format pdf");
    }

    @Test
    void twoShardsMergedGiveTheSameGradebookAsOneRun() throws Exception {
        Path batch = dir.resolve("batch");
        for (String sample : List.of("sample-partial", "sample-compile-error", "sample-factor-two", "hostile/exit",
                "hostile/socket", "sample-endless-loop")) {
            Folders.copy(SUBMISSIONS.resolve(sample), batch.resolve(Path.of(sample).getFileName().toString()));
        }
        assertThat(run("grade", batch.toString(), "--out", dir.resolve("one").toString(), "--seed", "4", "--format", "csv",
                "--test-timeout", "2", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("sample-partial").contains("Done in");
        for (String k : List.of("1", "2")) {
            assertThat(run("grade", batch.toString(), "--out", dir.resolve("shard" + k).toString(), "--seed", "4",
                    "--test-timeout", "2", "--shard", k + "/2")).as(err.toString()).isZero();
        }
        long first;
        try (var files = Files.list(dir.resolve("shard1"))) {
            first = files.count();
        }
        assertThat(first).isBetween(1L, 5L); // both shards hold some of the six
        assertThat(run("merge", dir.resolve("shard1").toString(), dir.resolve("shard2").toString(), "--out",
                dir.resolve("merged").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Merged 6 scorecards");
        String merged = Files.readString(dir.resolve("merged/gradebook.csv"));
        assertThat(merged).isEqualTo(Files.readString(dir.resolve("one/gradebook.csv")));
        assertThat(run("grade", batch.toString(), "--shard", "3/2")).isEqualTo(2);
        assertThat(err.toString()).contains("K/N with 1 <= K <= N");
        assertThat(run("merge", dir.resolve("shard1").toString(), dir.resolve("shard1").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has scorecards in two places");
    }

    @Test
    void aStudentHalfwayThroughGradesSomeLessonsOrOnlyThePublicTests() throws Exception {
        Path grades = dir.resolve("grades");
        assertThat(run("grade", SUBMISSIONS.resolve("sample-factor-two").toString(), "--out", grades.toString(),
                "--seed", "2", "--lessons", "L01", "--public-only")).as(err.toString()).isZero();
        JsonNode card = new ObjectMapper().readTree(grades.resolve("sample-factor-two.json").toFile());
        assertThat(card.at("/scope/lessons_left_out")).hasSize(TheCourse.lessons().size() - 1);
        assertThat(card.at("/scope/public_only").asBoolean()).isTrue();
        assertThat(card.get("tests")).allSatisfy(t -> {
            assertThat(t.get("lesson").asText()).isEqualTo("L01");
            assertThat(t.get("visibility").asText()).isEqualTo("visible");
        });
        assertThat(card.get("max_score").asDouble()).isLessThan(TheCourse.lessonMax("L01"));
        assertThat(card.get("score").asDouble()).isEqualTo(card.get("max_score").asDouble() - 4);
        String none = TheCourse.lessonAfterTheLast();
        assertThat(run("grade", SUBMISSIONS.resolve("sample-factor-two").toString(), "--lessons", none)).isEqualTo(2);
        assertThat(err.toString()).contains("there is no lesson " + none);
    }

    @Test
    void aMissingFolderIsAUsageErrorThatSaysWhatToGive() {
        int exit = run("grade", dir.resolve("nope").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist").contains("submissions/");
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        assertThat(run("grade", "--sede", "3", SUBMISSIONS.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--sede'");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("grade");
        assertThat(run("grade", "--help")).isZero();
        assertThat(out.toString()).contains("--out", "--seed", "--test-timeout", "--jobs", "--resume", "--format",
                "--reveal", "Exit codes");
    }

    @Test
    void twoSubmissionsWithTheSameNameAreRefusedBeforeGrading() throws Exception {
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), dir.resolve("a/same"));
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), dir.resolve("b/same"));
        assertThat(run("grade", dir.resolve("a").toString(), dir.resolve("b").toString(), "--out",
                dir.resolve("g").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("two submissions are named same");
        assertThat(Files.exists(dir.resolve("g"))).isFalse();
    }

    // ---- what a submission is, and every student a row (issue: nothing lost, nothing misfiled) ----

    /** A class as it arrives: package folders, a nested project, notes only, an empty folder, a nested namesake. */
    private Path classAsHandedIn() throws Exception {
        Path batch = dir.resolve("class");
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve("alice/edu/uni"));
        for (Path file : List.of(batch.resolve("alice/edu/uni/MyQuotients.java"), batch.resolve("alice/edu/uni/MyRules.java"))) {
            Files.writeString(file, "package edu.uni;\n" + Files.readString(file));
        }
        Files.writeString(batch.resolve("alice/README.md"), "my homework");
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve("carol/carol-hw/src/main/java"));
        Files.writeString(batch.resolve("carol/README.md"), "see carol-hw");
        Files.createDirectories(batch.resolve("dave"));
        Files.writeString(batch.resolve("dave/notes.txt"), "ran out of time");
        Files.createDirectories(batch.resolve("erin"));
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve("oscar/alice"));
        return batch;
    }

    @Test
    void everyStudentOfABatchGetsAScorecardAndARowWhateverTheLayout() throws Exception {
        Path batch = classAsHandedIn();
        Path grades = dir.resolve("grades");
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--seed", "1", "--lessons", "L01",
                "--format", "csv")).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(grades.resolve("gradebook.csv"));
        assertThat(rows).hasSize(6); // the header and five students
        assertThat(rows.subList(1, 6)).extracting(r -> r.split(",")[0]).containsExactly("alice", "carol", "dave", "erin",
                "oscar");
        JsonNode alice = new ObjectMapper().readTree(grades.resolve("alice.json").toFile());
        JsonNode carol = new ObjectMapper().readTree(grades.resolve("carol.json").toFile());
        assertThat(alice.get("score").asDouble()).isPositive().isEqualTo(carol.get("score").asDouble());
        JsonNode dave = new ObjectMapper().readTree(grades.resolve("dave.json").toFile());
        assertThat(dave.get("status").asText()).isEqualTo("no_sources");
        assertThat(dave.get("message").asText()).contains("notes.txt");
        assertThat(dave.get("score").asDouble()).isZero();
        assertThat(dave.get("max_score").asDouble()).isEqualTo(alice.get("max_score").asDouble());
        JsonNode erin = new ObjectMapper().readTree(grades.resolve("erin.json").toFile());
        assertThat(erin.get("message").asText()).contains("the folder is empty");
        assertThat(out.toString()).containsPattern("dave +no_sources");
    }

    @Test
    void aDryRunShowsEachIdAndWhereItsSourcesStartAndWritesNothing() throws Exception {
        Path batch = classAsHandedIn();
        Path grades = dir.resolve("grades");
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("5 submission(s)").containsPattern("alice +.*sources start at \\.")
                .containsPattern("carol +.*sources start at carol-hw/src/main/java")
                .containsPattern("dave +.*no Java sources").containsPattern("oscar +.*sources start at alice");
        assertThat(Files.exists(grades)).isFalse();
        out.getBuffer().setLength(0);
        assertThat(run("grade", batch.toString(), "--dry-run", "--depth", "2")).isZero();
        assertThat(out.toString()).contains("3 submission(s)").containsPattern("carol-hw +").containsPattern("edu +");
    }

    @Test
    void aBadOutIsRefusedWithTheReasonBeforeAnythingIsGraded() throws Exception {
        Files.writeString(dir.resolve("taken"), "a file");
        assertThat(run("grade", SUBMISSIONS.resolve("sample-partial").toString(), "--out", dir.resolve("taken").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is a file, not a folder");
        assertThat(run("grade", SUBMISSIONS.resolve("sample-partial").toString(), "--out",
                dir.resolve("taken/grades").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be created (").contains("nothing was graded");
        assertThat(out.toString()).doesNotContain("Grading");
        assertThat(Files.readString(dir.resolve("taken"))).isEqualTo("a file");
    }

    @Test
    void resumeRefusesToReplaceAnotherRunsScorecardsUnlessToldTo() throws Exception {
        Path batch = dir.resolve("batch");
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve("a"));
        Path grades = dir.resolve("grades");
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--seed", "6", "--lessons", "L01,L02",
                "--format", "csv")).as(err.toString()).isZero();
        String before = Files.readString(grades.resolve("a.json"));
        String gradebook = Files.readString(grades.resolve("gradebook.csv"));

        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--resume", "--lessons", "L01",
                "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("1 scorecard(s) in " + grades + " were made for another run")
                .contains("scope without L03").contains("(this run: without L02").contains("--replace");
        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--resume", "--seed", "7", "--lessons",
                "L01,L02")).isEqualTo(2);
        assertThat(err.toString()).contains("seed 6 (this run: 7)");
        assertThat(Files.readString(grades.resolve("a.json"))).isEqualTo(before);
        assertThat(Files.readString(grades.resolve("gradebook.csv"))).isEqualTo(gradebook);

        assertThat(run("grade", batch.toString(), "--out", grades.toString(), "--resume", "--replace", "--lessons", "L01",
                "--format", "csv")).as(err.toString()).isZero();
        JsonNode card = new ObjectMapper().readTree(grades.resolve("a.json").toFile());
        assertThat(card.at("/scope/lessons_left_out")).hasSize(TheCourse.lessons().size() - 1);
        assertThat(Files.readString(grades.resolve("gradebook.csv"))).as("rebuilt from the new scorecard")
                .isNotEqualTo(gradebook).contains("a,graded,");
    }

    @Test
    void theGradebookIsBuiltFromEveryScorecardInOutAndSaysWhenRunsAreMixed() throws Exception {
        Path grades = dir.resolve("grades");
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), dir.resolve("first/a"));
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), dir.resolve("later/b"));
        assertThat(run("grade", dir.resolve("first").toString(), "--out", grades.toString(), "--seed", "1", "--lessons",
                "L01", "--format", "csv")).isZero();
        assertThat(run("grade", dir.resolve("later").toString(), "--out", grades.toString(), "--seed", "2", "--lessons",
                "L01", "--format", "csv")).isZero();
        assertThat(Files.readAllLines(grades.resolve("gradebook.csv"))).hasSize(3);
        assertThat(err.toString()).contains("come from 2 different runs (seed 1 vs 2").doesNotContain("seed 2 vs 2");
    }

    @Test
    void filesFollowTheUmaskLikeAnyOtherProgramsFiles() throws Exception {
        Path grades = dir.resolve("grades");
        assertThat(run("grade", SUBMISSIONS.resolve("sample-partial").toString(), "--out", grades.toString(), "--seed",
                "1", "--lessons", "L01", "--format", "csv,markdown")).isZero();
        Path plain = Files.createFile(dir.resolve("plain"));
        var expected = Files.getPosixFilePermissions(plain);
        for (String name : List.of("sample-partial.json", "sample-partial.md", "gradebook.csv")) {
            assertThat(Files.getPosixFilePermissions(grades.resolve(name))).as(name).isEqualTo(expected);
        }
        try (var files = Files.list(grades)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aBrokenScorecardInOutIsNamedNotSilentlyLeftOutOfTheGradebookAndVerdictRefusesIt() throws Exception {
        Path grades = dir.resolve("grades");
        Files.createDirectories(grades);
        Files.writeString(grades.resolve("carol.json"), "{\"schema\": \"tangent-scorecard/1\", \"submiss"); // cut short
        assertThat(run("grade", SUBMISSIONS.resolve("sample-partial").toString(), "--out", grades.toString(), "--seed",
                "1", "--lessons", "L01", "--format", "csv")).isZero();
        assertThat(err.toString()).contains("1 file(s) in " + grades + " are not readable scorecards")
                .contains("carol.json (it is not valid JSON");
        assertThat(Files.readAllLines(grades.resolve("gradebook.csv"))).hasSize(2);
        assertThat(Files.readString(grades.resolve("carol.json"))).as("left as it was").endsWith("\"submiss");
        assertThat(run("verdict", grades.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("are not readable scorecards, the first " + grades.resolve("carol.json"));
    }

    @Test
    void aRosterGivesEveryStudentARowInTheLmsGradebooksAndNamesWhoIsMissingOrUnknown() throws Exception {
        Folders.copy(SUBMISSIONS.resolve("sample-correct"), dir.resolve("batch/ada"));
        Folders.copy(SUBMISSIONS.resolve("sample-partial"), dir.resolve("batch/zed"));
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name,sis_id,email\nada,Ada,S1,ada@x.org\n"
                + "bob,Bob,S2,bob@x.org\n");
        Path grades = dir.resolve("grades");
        assertThat(run("grade", dir.resolve("batch").toString(), "--out", grades.toString(), "--seed", "1", "--lessons",
                "L01", "--format", "canvas,moodle", "--roster", roster.toString(), "--assignment", "Week 1"))
                .as(err.toString()).isZero();
        String lessonOne = TheCourse.points(TheCourse.lessonMax("L01")); // sample-correct earns all of it
        assertThat(Files.readAllLines(grades.resolve("canvas.csv"))).containsExactly(
                "Student,ID,SIS User ID,SIS Login ID,Section,Week 1", "Points Possible,,,,," + lessonOne,
                "Ada,,S1,,," + lessonOne, "Bob,,S2,,,");
        assertThat(Files.readAllLines(grades.resolve("moodle.csv"))).containsExactly("email,idnumber,Week 1",
                "ada@x.org,S1," + lessonOne, "bob@x.org,S2,");
        assertThat(err.toString()).contains("1 roster student(s) have no scorecard, so an empty grade: bob")
                .contains("1 submission(s) are not in " + roster + ", so not in the LMS gradebooks: zed");
        assertThat(run("merge", grades.toString(), "--out", dir.resolve("merged").toString(), "--format", "canvas",
                "--roster", roster.toString(), "--assignment", "Week 1")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("merged/canvas.csv"))).isEqualTo(Files.readString(grades.resolve("canvas.csv")));
    }

    @Test
    void lmsFormatsWithoutARosterOrWithABadOneAreRefusedBeforeGrading() throws Exception {
        Path grades = dir.resolve("grades");
        assertThat(run("grade", SUBMISSIONS.resolve("sample-partial").toString(), "--out", grades.toString(), "--format",
                "canvas")).isEqualTo(2);
        assertThat(err.toString()).contains("--format canvas and moodle need --roster FILE");
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name\nada,Ada\n");
        assertThat(run("grade", SUBMISSIONS.resolve("sample-partial").toString(), "--out", grades.toString(), "--format",
                "canvas", "--roster", roster.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Canvas matches students by ID, SIS User ID or SIS Login ID");
        assertThat(grades).doesNotExist();
    }
}
