package tangent.grader.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What every JVM the grader starts (workers, compiler processes, the archive recorder) shares. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * No tokens, no secrets: the child inherits nothing from the environment but a locale, and
     * glibc keeps to two malloc arenas (each reserves 64 MB of address space, which the sandbox's
     * address-space limit would otherwise spend on reservations).
     */
    public static ProcessBuilder scrubbed(ProcessBuilder builder) {
        builder.environment().clear();
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder;
    }

    /** The exit code of a process that ended or is ending (waits up to 5 s), or -1. */
    public static int exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The last lines a JVM wrote to its standard error log (crash reports, out-of-memory notices). */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
