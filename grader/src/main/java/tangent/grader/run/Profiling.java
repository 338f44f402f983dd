package tangent.grader.run;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Profiles of the grader's child JVMs, for {@code bench/cost-breakdown.sh}: with
 * {@code -Dtangent.profile=FOLDER} on the supervisor, every worker and compiler process starts with
 * async-profiler as an agent ({@code FOLDER/libasyncProfiler.so}, which the script unpacks there
 * from Maven Central's {@code tools.profiler:async-profiler}), sampling CPU time in every thread,
 * Java, native and the JVM's own, and writes collapsed stacks into that folder as it exits. Off
 * unless asked for; never on in a real grading, since a profile costs a few percent and holds stack
 * traces of student code.
 */
public final class Profiling {

    /** How much CPU time of a thread passes between two of its samples (the kernel may make it longer). */
    public static final int INTERVAL_MS = 4;
    /** The profiler's options: CPU-time samples of every thread, named, written as collapsed stacks. */
    public static final String OPTIONS = "start,event=ctimer,interval=" + INTERVAL_MS + "ms,threads,collapsed";
    private static final String FOLDER = System.getProperty("tangent.profile", "");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Profiling() {
    }

    /** Whether profiles were asked for. */
    public static boolean on() {
        return !FOLDER.isEmpty();
    }

    /** JVM options that make a child of this kind ("worker", "compiler") profile itself, or none. */
    public static List<String> options(String kind) {
        if (!on()) {
            return List.of();
        }
        Path file = folder().resolve(kind + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet() + ".collapsed");
        return List.of("-agentpath:" + folder().resolve("libasyncProfiler.so") + "=" + OPTIONS + ",file=" + file);
    }

    /** The folders a sandboxed child must be able to write into (and read the profiler from). */
    public static List<Path> writable() {
        return on() ? List.of(folder()) : List.of();
    }

    private static Path folder() {
        return Path.of(FOLDER).toAbsolutePath();
    }
}
