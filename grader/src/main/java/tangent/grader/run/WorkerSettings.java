package tangent.grader.run;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tangent.grader.plan.Course;

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
 * @param keepReferenceAnswers whether a worker keeps reference answers between submissions
 *                         ({@code check.ReferenceAnswers}); off only to prove that it changes nothing
 * @param course           the class path resource of the course workers grade ({@code plan.Course})
 */
public record WorkerSettings(Path java, String classpath, String heap, Duration testTimeout,
        Duration submissionBudget, Duration startupTimeout, Sandbox sandbox, boolean keepReferenceAnswers, String course) {

    /**
     * Defaults: this JVM's java and class path, 256 MB, 5 s per test, 5 min per submission, and
     * the bubblewrap sandbox when it works on this machine ({@code Sandbox.of("auto")}).
     */
    public static WorkerSettings defaults() {
        return new WorkerSettings(Path.of(System.getProperty("java.home"), "bin", "java"),
                absolute(System.getProperty("java.class.path")), "256m", Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofSeconds(60), Sandbox.of("auto"), true, System.getProperty(Course.CHOICE, Course.RESOURCE));
    }

    /** Workers run in a temporary folder, so relative class path entries must be made absolute. */
    private static String absolute(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public WorkerSettings withTestTimeout(Duration timeout) {
        return new WorkerSettings(java, classpath, heap, timeout, submissionBudget, startupTimeout, sandbox, keepReferenceAnswers, course);
    }

    public WorkerSettings withSubmissionBudget(Duration budget) {
        return new WorkerSettings(java, classpath, heap, testTimeout, budget, startupTimeout, sandbox, keepReferenceAnswers, course);
    }

    /** Workers compute every reference answer anew, keeping none between submissions. */
    public WorkerSettings withFreshReferenceAnswers() {
        return new WorkerSettings(java, classpath, heap, testTimeout, submissionBudget, startupTimeout, sandbox, false, course);
    }

    /** Workers grade the course that this class path resource describes. */
    public WorkerSettings withCourse(String resource) {
        return new WorkerSettings(java, classpath, heap, testTimeout, submissionBudget, startupTimeout, sandbox, keepReferenceAnswers,
                resource);
    }

    /** Workers run inside this sandbox (see {@link Sandbox}). */
    public WorkerSettings withSandbox(Sandbox sandbox) {
        return new WorkerSettings(java, classpath, heap, testTimeout, submissionBudget, startupTimeout, sandbox, keepReferenceAnswers, course);
    }

    /**
     * JVM options: C1 only and a serial GC start fastest and do not fight over two cores. The class
     * space and code cache are reserved smaller than the JVM's defaults (1 GB and 240 MB of address
     * space, of which a worker uses a small part) so that the sandbox's address-space limit counts
     * what a worker can actually use.
     */
    List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx" + heap, "-Xss1m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:CompressedClassSpaceSize=" + CLASS_SPACE_MB + "m", "-XX:ReservedCodeCacheSize=" + CODE_CACHE_MB + "m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
        if (!keepReferenceAnswers) {
            options.add("-Dtangent.reference-answers=fresh");
        }
        if (!course.equals(Course.RESOURCE)) {
            options.add("-D" + Course.CHOICE + "=" + course);
        }
        return options;
    }

    private static final int CLASS_SPACE_MB = 256;
    private static final int CODE_CACHE_MB = 128;
    /**
     * Beyond heap, class space and code cache: metaspace, thread stacks, the class-data archive,
     * libraries, malloc (measured: a worker grading the whole course peaks at 1.09 GB of address
     * space with a 256 MB heap and two malloc arenas, 1.91 GB with glibc's default arenas).
     */
    private static final long NATIVE_MB = 1024;

    /** The address space a worker may map: its heap, its reserved spaces, and room for native memory. */
    long addressSpace() {
        return bytes(heap) + ((CLASS_SPACE_MB + CODE_CACHE_MB + NATIVE_MB) << 20);
    }

    /** A JVM size such as {@code 256m}, {@code 2g} or {@code 1048576}, in bytes. */
    public static long bytes(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        int shift = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1)) << shift;
    }
}
