package tangent.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.plan.TheCourse;
import tangent.grader.scaffold.StarterProject;
import tangent.grader.testing.Folders;

/**
 * ci/github/grade-pull-request.sh end to end: a course repository in a temporary git repository,
 * a pull request that adds two submissions (one broken) and touches a file outside submissions/,
 * a fake $GITHUB_STEP_SUMMARY, and the grader run from this build's class path.
 */
class GradePullRequestScriptTest {

    private static final Path SCRIPT = Path.of("..", "ci", "github", "grade-pull-request.sh").toAbsolutePath().normalize();
    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

    @TempDir
    Path dir;

    private Path repo;
    private Path tangent;

    private record Run(int exit, String stdout, String stderr) {
    }

    @BeforeEach
    void courseRepositoryWithAPullRequest() throws Exception {
        repo = dir.resolve("course");
        Files.createDirectories(repo);
        git("init", "-q", "-b", "main");
        Files.writeString(repo.resolve("README.md"), "# A course\n");
        Folders.copy(SUBMISSIONS.resolve("sample-correct"), repo.resolve("submissions/alice"));
        git("add", "-A");
        git("commit", "-q", "-m", "base");

        git("checkout", "-q", "-b", "pr");
        StarterProject starter = StarterProject.of(TheCourse.plan().exercises());
        starter.writeTo(repo.resolve("submissions/carol"));
        starter.writeTo(repo.resolve("submissions/bob"));
        Path sigmoid = repo.resolve("submissions/bob/src/main/java/student/MySigmoid.java");
        Files.writeString(sigmoid, Files.readString(sigmoid).replaceFirst("throw new UnsupportedOperationException\\(\"not implemented yet\"\\);",
                "return 1.0 / (1 + Math.exp(-x))"));
        // carol has begun: one method that throws (the other stubs are not annotated).
        Path carolSigmoid = repo.resolve("submissions/carol/src/main/java/student/MySigmoid.java");
        Files.writeString(carolSigmoid, Files.readString(carolSigmoid).replaceFirst(
                "throw new UnsupportedOperationException\\(\"not implemented yet\"\\);", "int zero = 0; return 1 / zero;"));
        Files.writeString(repo.resolve("README.md"), "# A course, edited by a student\n");
        git("add", "-A");
        git("commit", "-q", "-m", "my submission");
        git("checkout", "-q", "main");

        // The trusted grader: this build, on this test's class path.
        tangent = dir.resolve("tangent");
        Files.writeString(tangent, "#!/bin/sh\nenv > '" + dir.resolve("grader-env.txt") + "'\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + absoluteClasspath() + "' tangent.grader.cli.Tangent \"$@\"\n");
        tangent.toFile().setExecutable(true);
    }

    @Test
    void compileErrorsFailTheCheckUnderCompilesWithAnnotationsAndASummary() throws Exception {
        Path summary = dir.resolve("summary.md");
        Run run = script(summary, "--base", "main", "--head", "pr", "--policy", "compiles", "--lessons", "L01");
        assertThat(run.exit()).as(run.stderr()).isEqualTo(1);

        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).contains("::warning title=Outside submissions/::README.md is changed by this pull request, "
                + "but grading only reads submissions/<id>/ folders.");
        assertThat(lines).anyMatch(l -> l.matches("::error file=submissions/bob/src/main/java/student/MySigmoid\\.java,"
                + "line=\\d+,col=\\d+,title=bob%3A compile error::.*"));
        assertThat(lines).anyMatch(l -> l.matches("::error file=submissions/carol/src/main/java/student/MySigmoid\\.java,"
                + "line=10,title=carol%3A L01 sigmoid::MySigmoid\\.value threw ArithmeticException: / by zero "
                + "\\(MySigmoid\\.java:10\\) \\(\\d+ checks stopped here, \\d+ of them hidden\\)"));
        assertThat(lines).noneMatch(l -> l.contains("alice")).noneMatch(l -> l.contains("not implemented yet"));
        assertThat(lines.stream().filter(l -> l.startsWith("::error"))).hasSize(2);
        assertThat(lines).contains("bob: 0 / 54 points, compile_error: fails, it does not compile",
                "carol: 0 / 54 points, graded: passes");

        String md = Files.readString(summary);
        assertThat(md).contains("## Tangent: 2 submissions graded, 1 failing (policy `compiles`)",
                "| bob | compile_error | 0 / 54 | **fail**: it does not compile |", "| carol | graded | 0 / 54 | pass |",
                "## carol: 0 / 54 points", "hidden check(s)");
        assertThat(Files.readString(dir.resolve("grader-env.txt"))).doesNotContain("GITHUB_TOKEN")
                .doesNotContain("ghs_must_not_reach_the_grader");
        assertThat(dir.resolve("out/bob.json")).exists();
        assertThat(dir.resolve("out/carol.junit.xml")).exists();
        // The grader's log, which quotes student text, is fenced so the runner reads no command in it.
        List<String> log = run.stderr().lines().toList();
        String open = log.stream().filter(l -> l.startsWith("::stop-commands::")).findFirst().orElseThrow();
        String token = open.substring("::stop-commands::".length());
        assertThat(token).matches("[0-9a-f]{32}");
        assertThat(log.indexOf("::" + token + "::")).isGreaterThan(log.indexOf(open));
        assertThat(log.subList(log.indexOf(open), log.indexOf("::" + token + "::"))).anyMatch(l -> l.contains("carol"));
    }

    @Test
    void theNonePolicyPassesAndAPullRequestWithoutSubmissionsGradesNothing() throws Exception {
        Run none = script(dir.resolve("none.md"), "--base", "main", "--head", "pr", "--policy", "none", "--lessons", "L01");
        assertThat(none.exit()).as(none.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("none.md"))).contains("2 submissions graded, all pass (policy `none`)");

        Run nothing = script(dir.resolve("nothing.md"), "--base", "pr", "--head", "pr");
        assertThat(nothing.exit()).as(nothing.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("nothing.md"))).contains("No submission changed in this pull request");
    }

    @Test
    void aMissingCommitOrAWrongPolicyIsAUsageError() throws Exception {
        Run missing = script(dir.resolve("s.md"), "--base", "main", "--head", "no-such-branch");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).contains("'no-such-branch' is not a commit", "git fetch origin");
        Run policy = script(dir.resolve("s.md"), "--base", "main", "--head", "pr", "--policy", "strict", "--lessons", "L01");
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.stderr()).contains("--policy: unknown policy 'strict'");
    }

    private Run script(Path summary, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", dir.resolve("out").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        builder.environment().put("TANGENT", tangent.toString());
        builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        builder.environment().put("GITHUB_TOKEN", "ghs_must_not_reach_the_grader");
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
    }

    private static String absoluteClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
