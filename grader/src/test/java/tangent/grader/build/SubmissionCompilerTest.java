package tangent.grader.build;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.intake.Intake;
import tangent.grader.intake.SourceFile;
import tangent.grader.intake.Submission;
import tangent.grader.plan.Course;
import tangent.grader.score.CompileError;

class SubmissionCompilerTest {

    @TempDir
    Path out;

    private static SubmissionCompiler shared;

    /** One compiler process for the tests that only compile, as a grader keeps one warm. */
    private static synchronized SubmissionCompiler compiler() throws Exception {
        if (shared == null) {
            shared = new SubmissionCompiler(api());
        }
        return shared;
    }

    @org.junit.jupiter.api.AfterAll
    static void closeTheCompiler() {
        if (shared != null) {
            shared.close();
        }
    }

    private static Submission submission(SourceFile... sources) {
        return new Submission("s", Path.of("s"), Intake.hash(List.of(sources)), List.of(sources));
    }

    @Test
    void compilesAgainstTheExercisesApi() throws Exception {
        BuildResult result = compiler().compile(submission(new SourceFile("p/S.java",
                "package p; public class S implements tangent.exercises.lesson01.Sigmoid {"
                        + " public double value(double x) { return 0; } public double derivative(double x) { return 0; }"
                        + " public String derivativeExpression() { return \"0\"; } }")), out);
        assertThat(result).isInstanceOf(BuildResult.Compiled.class);
        assertThat(Files.exists(out.resolve("p/S.class"))).isTrue();
    }

    @Test
    void errorsCarryFileLineColumnAndMessage() throws Exception {
        BuildResult result = compiler().compile(submission(new SourceFile("dir/Bad.java",
                "public class Bad {\n  int f() {\n    return \"text\";\n  }\n}\n")), out);
        assertThat(result).isInstanceOf(BuildResult.Failed.class);
        CompileError error = ((BuildResult.Failed) result).errors().get(0);
        assertThat(error.file()).isEqualTo("dir/Bad.java");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(12);
        assertThat(error.toString()).startsWith("dir/Bad.java:3:12: incompatible types");
    }

    @Test
    void onlyTheApiAndTheJdkAreVisible() throws Exception {
        BuildResult result = compiler().compile(submission(new SourceFile("Peek.java",
                "public class Peek { Object o = new tangent.reference.lesson01.ReferenceSigmoid(); }")), out);
        assertThat(((BuildResult.Failed) result).errors().get(0).message()).contains("tangent.reference");
    }

    @Test
    void aCompilerThatBreaksOnTheCodeIsOneFriendlyLineNotACrashReport() throws Exception {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        BuildResult result = compiler().compile(submission(new SourceFile("Deep.java",
                "class Deep { int x = " + deep + "; }")), out);
        assertThat(result).isInstanceOf(BuildResult.Failed.class);
        List<CompileError> errors = ((BuildResult.Failed) result).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("the Java compiler itself failed on this code")
                    .doesNotContain("at com.sun.tools").doesNotContain("file a bug");
            assertThat(e.message().length()).isLessThan(400);
        });
    }

    /** The compiler processes this test JVM has running now, as the kernel lists them. */
    private static List<ProcessHandle> compilerProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).filter(p -> {
            try { // ProcessHandle.Info drops a command line as long as a class path
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")))
                        .contains(CompilerMain.class.getName());
            } catch (java.io.IOException e) {
                return false; // it ended meanwhile
            }
        }).toList();
    }

    private static List<Path> api() {
        return Course.load().apiClasspath();
    }

    private static final SourceFile SMALL = new SourceFile("p/S.java", "package p; public class S { int f() { return 1; } }");

    @Test
    void aCompileThatOverrunsItsBudgetIsStoppedByKillingItsProcessNotLeftRunning() throws Exception {
        try (SubmissionCompiler compiler = new SubmissionCompiler(api(), Duration.ofNanos(1)).prestart()) {
            List<ProcessHandle> before = compilerProcesses();
            assertThat(before).as("the prestarted process").isNotEmpty();
            BuildResult result = compiler.compile(submission(SMALL), out);
            assertThat(((BuildResult.Failed) result).errors()).singleElement()
                    .satisfies(e -> assertThat(e.message()).startsWith("compiling took longer than 0 ms and was stopped"));
            // destroyForcibly has been waited for: the process is gone, not compiling on in the background
            assertThat(compilerProcesses()).hasSize(before.size() - 1);
            assertThat(compiler.compile(submission(SMALL), out)).as("the next compile gets a fresh process")
                    .isInstanceOf(BuildResult.Failed.class);
        }
    }

    @Test
    void aCompileThatFillsTheCompilersHeapIsOneFriendlyLineAndTheNextCompileWorks() throws Exception {
        StringBuilder huge = new StringBuilder("class Huge { static final int[][] A = {");
        for (int i = 0; i < 60_000; i++) {
            huge.append("{").append(i).append(",").append(i + 1).append(",").append(i + 2).append("},");
        }
        huge.append("}; }");
        try (SubmissionCompiler compiler = new SubmissionCompiler(api(), Duration.ofMinutes(2),
                tangent.grader.run.WorkerSettings.defaults().withSandbox(tangent.grader.run.Sandbox.NONE), List.of(), 1,
                "24m")) {
            BuildResult result = compiler.compile(submission(new SourceFile("Huge.java", huge.toString())), out);
            assertThat(((BuildResult.Failed) result).errors()).singleElement().satisfies(e -> assertThat(e.message())
                    .startsWith("compiling this code needed more than the compiler's 24MB of memory and was stopped"));
            assertThat(compiler.compile(submission(SMALL), out)).isInstanceOf(BuildResult.Compiled.class);
        }
    }

    @Test
    void compilesFromManyThreadsShareTheProcessesAllowedAndAllSucceed() throws Exception {
        List<ProcessHandle> before = compilerProcesses();
        try (SubmissionCompiler compiler = new SubmissionCompiler(api(), Duration.ofMinutes(1),
                tangent.grader.run.WorkerSettings.defaults().withSandbox(tangent.grader.run.Sandbox.NONE), List.of(), 2)) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<java.util.concurrent.Future<BuildResult>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Path classes = Files.createDirectories(out.resolve("c" + i));
                results.add(pool.submit(() -> compiler.compile(submission(SMALL), classes)));
            }
            for (var result : results) {
                assertThat(result.get()).isInstanceOf(BuildResult.Compiled.class);
            }
            pool.shutdown();
            List<ProcessHandle> started = new java.util.ArrayList<>(compilerProcesses());
            started.removeAll(before);
            assertThat(started).as("six threads, two processes allowed").hasSizeBetween(1, 2);
        }
    }

    @Test
    void closingTheCompilerEndsItsProcesses() throws Exception {
        List<ProcessHandle> before = compilerProcesses();
        SubmissionCompiler compiler = new SubmissionCompiler(api());
        assertThat(compiler.compile(submission(SMALL), out)).isInstanceOf(BuildResult.Compiled.class);
        List<ProcessHandle> started = new java.util.ArrayList<>(compilerProcesses());
        started.removeAll(before);
        assertThat(started).singleElement();
        compiler.close();
        assertThat(started.get(0).isAlive()).isFalse();
    }

    @Test
    void noSourcesIsAnErrorThatSaysWhereToPutThem() throws Exception {
        BuildResult result = compiler().compile(submission(), out);
        assertThat(((BuildResult.Failed) result).errors().get(0).message()).contains("no .java files");
    }
}
