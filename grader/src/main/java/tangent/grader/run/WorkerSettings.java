package tangent.grader.run;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How workers are started and watched.
 *
 * @param java             the java executable
 * @param classpath        the grader's class path, which workers share
 * @param heap             the heap cap, e.g. {@code 256m}
 * @param testTimeout      wall-clock limit of one test
 * @param submissionBudget wall-clock limit of all of one submission's tests
 * @param startupTimeout   how long a worker may take to warm up and say ready
 * @param sandbox          the operating-system sandbox workers run in ({@link Sandbox#NONE} for none)
 */
public record WorkerSettings(Path java, String classpath, String heap, Duration testTimeout,
        Duration submissionBudget, Duration startupTimeout, Sandbox sandbox) {

    /**
     * Defaults: this JVM's java and class path, 256 MB, 5 s per test, 5 min per submission, and
     * the bubblewrap sandbox when it works on this machine ({@code Sandbox.of("auto")}).
     */
    public static WorkerSettings defaults() {
        return new WorkerSettings(Path.of(System.getProperty("java.home"), "bin", "java"),
                absolute(System.getProperty("java.class.path")), "256m", Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofSeconds(60), Sandbox.of("auto"));
    }

    /** Workers run in a temporary folder, so relative class path entries must be made absolute. */
    private static String absolute(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public WorkerSettings withTestTimeout(Duration timeout) {
        return new WorkerSettings(java, classpath, heap, timeout, submissionBudget, startupTimeout, sandbox);
    }

    public WorkerSettings withSubmissionBudget(Duration budget) {
        return new WorkerSettings(java, classpath, heap, testTimeout, budget, startupTimeout, sandbox);
    }

    /** Workers run inside this sandbox (see {@link Sandbox}). */
    public WorkerSettings withSandbox(Sandbox sandbox) {
        return new WorkerSettings(java, classpath, heap, testTimeout, submissionBudget, startupTimeout, sandbox);
    }

    /** JVM options: C1 only and a serial GC start fastest and do not fight over two cores. */
    List<String> jvmOptions() {
        return List.of("-Xmx" + heap, "-Xss1m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8");
    }
}
