package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tangent.grader.testing.Folders;

/**
 * The autograder zip, used the way Gradescope uses it: unpacked into a root's source/ folder,
 * run_autograder copied beside it, the student's upload in submission/, and results.json read
 * back, field by field as Gradescope's specification has them, with the scores {@code tangent grade}
 * gives the same folder with the same options.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradescopeAutograderTest {

    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));
    private static final long SEED = 20261202L;
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    @TempDir
    static Path dir;

    private Path zip;
    private final ObjectMapper json = new ObjectMapper();

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = Tangent.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @BeforeAll
    void buildTheAutograder() {
        zip = dir.resolve("autograder.zip");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "gradescope", "--out", zip.toString(), "--lessons", "L01", "--seed", Long.toString(SEED)))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("seed " + SEED).contains("Upload it");
    }

    /** A fresh autograder root: the zip unpacked into source/, run_autograder copied to the root. */
    private Path unpacked(String name) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        Path source = Files.createDirectories(root.resolve("source"));
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                Path target = source.resolve(entry.getName()).normalize();
                assertThat(target).startsWithRaw(source);
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        Files.copy(source.resolve("run_autograder"), root.resolve("run_autograder"));
        Files.setPosixFilePermissions(root.resolve("run_autograder"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return root;
    }

    /** Runs a script of the root as Gradescope would (no stdin, its output to results/stdout). */
    private static int script(Path root, Path script, String javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(script.toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(root.resolve("log.txt").toFile());
        builder.environment().put("AUTOGRADER_ROOT", root.toString());
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().put("PATH", Path.of(javaHome, "bin") + ":/usr/bin:/bin");
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("Gradescope's default limit").isTrue();
        return process.exitValue();
    }

    private JsonNode results(Path root) throws Exception {
        return json.readTree(root.resolve("results/results.json").toFile());
    }

    /** Results of a submission that was graded (not the fallback), with the log when it was not. */
    private JsonNode graded(Path root) throws Exception {
        JsonNode results = results(root);
        assertThat(results.has("execution_time")).as("graded, not the fallback: " + results + "\n"
                + Files.readString(root.resolve("log.txt"))).isTrue();
        return results;
    }

    /** The score `tangent grade` gives the folder with the zip's options. */
    private double gradedScore(Path folder) throws Exception {
        Path out = dir.resolve("grade-" + folder.getFileName() + "-" + System.nanoTime());
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "grade", folder.toString(), "--depth", "0", "--out", out.toString(),
                "--lessons", "L01", "--seed", Long.toString(SEED))).as(err.toString()).isZero();
        try (var files = Files.list(out)) {
            Path card = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            return json.readTree(card.toFile()).get("score").asDouble();
        }
    }

    private static void assertGradescopeShape(JsonNode results) {
        assertThat(results.get("score").isNumber()).isTrue();
        assertThat(results.get("execution_time").isNumber()).isTrue();
        assertThat(results.get("output").isTextual()).isTrue();
        assertThat(results.get("visibility").asText()).isEqualTo("visible"); // students see their total
        assertThat(results.get("stdout_visibility").asText()).isIn(VISIBILITIES);
        List<String> numbers = new ArrayList<>();
        for (JsonNode test : results.get("tests")) {
            assertThat(test.get("name").isTextual()).isTrue();
            assertThat(test.get("status").asText()).isIn("passed", "failed");
            assertThat(test.get("visibility").asText()).isIn(VISIBILITIES).isNotEqualTo("hidden");
            assertThat(test.get("number").asText()).matches("\\d+\\.\\d+");
            assertThat(test.get("output").isTextual()).isTrue();
            assertThat(test.get("tags").isArray()).isTrue();
            if (test.has("score")) {
                assertThat(test.get("score").isNumber()).isTrue();
                assertThat(test.get("max_score").isNumber()).isTrue();
            }
            numbers.add(test.get("number").asText());
        }
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void theZipHoldsSetupAndRunAutograderAtItsRootBothExecutable() throws Exception {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (String name : List.of("setup.sh", "run_autograder")) {
                ZipArchiveEntry entry = file.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                assertThat(entry.getUnixMode() & 0111).as(name + " is executable").isEqualTo(0111);
            }
            assertThat(file.getEntry(GradescopeCommand.LAUNCHER)).isNotNull();
        }
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "gradescope", "--out", zip.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("exists already").contains("nothing was written");
    }

    @Test
    void setupFindsTheJdkItNeedsWithoutInstallingAnything() throws Exception {
        Path root = unpacked("setup");
        assertThat(script(root, root.resolve("source/setup.sh"), System.getProperty("java.home"))).isZero();
        assertThat(Files.readString(root.resolve("log.txt"))).contains("is installed already");
    }

    /**
     * Uploads a sample as {@code submission/<uploadedAs>} into a fresh root, runs run_autograder,
     * and returns the results, which must be graded ones in Gradescope's shape.
     */
    private JsonNode autograde(String sample, String uploadedAs) throws Exception {
        Path root = unpacked(sample.replace('/', '-'));
        Folders.copy(SUBMISSIONS.resolve(sample), root.resolve("submission").resolve(uploadedAs));
        assertThat(script(root, root.resolve("run_autograder"), System.getProperty("java.home"))).isZero();
        JsonNode results = graded(root);
        assertGradescopeShape(results);
        return results;
    }

    @Test
    void aCorrectSubmissionGetsTheScoreTangentGradeGivesIt() throws Exception {
        JsonNode results = autograde("sample-correct", "");
        assertThat(results.get("score").asDouble()).isEqualTo(gradedScore(SUBMISSIONS.resolve("sample-correct")))
                .isEqualTo(54.0);
    }

    @Test
    void aWrongSubmissionUploadedInsideAFolderIsGradedAsItIs() throws Exception {
        JsonNode results = autograde("sample-factor-two", "my-work");
        double expected = gradedScore(SUBMISSIONS.resolve("sample-factor-two"));
        assertThat(expected).isLessThan(54.0);
        assertThat(results.get("score").asDouble()).isEqualTo(expected);
        assertThat(results.toString()).contains("twice the right one");
    }

    @Test
    void aSubmissionThatDoesNotCompileGetsItsErrorsInTheOutput() throws Exception {
        JsonNode results = autograde("sample-compile-error", "");
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).startsWith("compile_error: ").contains("Compile errors:")
                .containsPattern("\\.java:\\d+:\\d+: ");
    }

    @Test
    void whenJavaCannotStartResultsStillSaySoInGradescopesFormat() throws Exception {
        Path root = unpacked("no-java");
        Folders.copy(SUBMISSIONS.resolve("sample-correct"), root.resolve("submission"));
        Path broken = Files.createDirectories(dir.resolve("broken-jdk/bin"));
        Files.writeString(broken.resolve("java"), "#!/bin/sh\necho 'no such JVM' >&2\nexit 127\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(broken.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(script(root, root.resolve("run_autograder"), broken.getParent().toString())).isZero();
        JsonNode results = results(root);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).contains("could not be graded").contains("could not start Java");
        assertThat(results.get("tests").isArray()).isTrue();
    }

    @Test
    void whenTheGraderFailsResultsSayWhatWentWrongNotNothing() throws Exception {
        Path root = unpacked("broken-options");
        Folders.copy(SUBMISSIONS.resolve("sample-correct"), root.resolve("submission"));
        Files.writeString(root.resolve("source").resolve(GradescopeCommand.OPTIONS), "--lessons\nL99\n");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "gradescope", "--run", "--root", root.toString())).isZero();
        JsonNode results = results(root);
        assertThat(results.get("score").asDouble()).isZero();
        assertThat(results.get("output").asText()).startsWith("Your submission could not be graded").contains("L99");
    }
}
