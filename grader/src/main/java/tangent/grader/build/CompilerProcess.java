package tangent.grader.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.Json;
import tangent.grader.run.ChildJvm;
import tangent.grader.run.Launcher;
import tangent.grader.run.Profiling;
import tangent.grader.run.Sandbox;
import tangent.grader.run.WorkerSettings;

/** One compiler process seen from the supervisor: started at once, ready when javac is warm. */
final class CompilerProcess implements AutoCloseable {

    /**
     * How compiler processes are started.
     *
     * @param writable folders below which class files are written
     * @param api      the exercises API's class path, the only one submissions compile against
     */
    record Settings(Path java, String classpath, String heap, Sandbox sandbox, List<Path> writable, List<Path> api,
            Duration budget, Duration startupTimeout) {
    }

    /** The compiler process ended or was stopped during a compile; the message is for the student. */
    static final class Ended extends Exception {
        Ended(String message) {
            super(message);
        }
    }

    /** The exit code of a JVM that ran with -XX:+ExitOnOutOfMemoryError and ran out. */
    private static final int OUT_OF_MEMORY = 3;

    /** Put on the queue when the process's output ends. */
    private static final String EXITED = "";

    private final Process process;
    private final Path home;
    private final Settings settings;
    private final BufferedWriter jobs;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final ObjectMapper json = Json.LINES;
    private boolean ready;

    private CompilerProcess(Process process, Path home, Settings settings) {
        this.process = process;
        this.home = home;
        this.settings = settings;
        this.jobs = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::readLines, "tangent-compiler-replies-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a compiler process; it warms up in the background. */
    static CompilerProcess launch(Settings settings) {
        try {
            Path home = Files.createTempDirectory("tangent-compiler-");
            // C1 only: C2 compiling javac itself cost more CPU than it saved on two cores (a batch of 40
            // whole-course submissions, --jobs 2: 46-49 s with the default JIT, 40 s with C1 alone).
            List<String> command = new ArrayList<>(List.of(settings.java().toString(), "-Xmx" + settings.heap(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CompressedClassSpaceSize=128m", "-XX:ReservedCodeCacheSize=128m",
                    "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + home));
            command.addAll(Profiling.options("compiler"));
            command.addAll(List.of("-cp", settings.classpath(), CompilerMain.class.getName(),
                    Long.toString(settings.budget().toMillis())));
            settings.api().forEach(entry -> command.add(entry.toAbsolutePath().toString()));
            // Beyond the heap: class space, code cache and javac's native memory.
            long memory = WorkerSettings.bytes(settings.heap()) + (1280L << 20);
            Sandbox sandbox = settings.sandbox();
            for (Path entry : settings.api()) {
                sandbox = sandbox.withReadOnly(entry.toAbsolutePath());
            }
            List<Path> writable = new ArrayList<>(settings.writable());
            writable.addAll(Profiling.writable());
            ProcessBuilder builder = new ProcessBuilder(sandbox.wrap(command, home, settings.classpath(),
                    writable, memory))
                    .directory(home.toFile())
                    .redirectError(home.resolve("compiler-stderr.log").toFile());
            return new CompilerProcess(Launcher.start(ChildJvm.scrubbed(builder)), home, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a compiler process", e);
        }
    }

    /**
     * Compiles one job within {@code budget}; the process is stopped and {@link Ended} thrown when
     * it overruns, runs out of memory or crashes.
     */
    CompileReply compile(CompileJob job, Duration budget) throws Ended {
        awaitReady();
        try {
            jobs.write(json.writeValueAsString(job));
            jobs.newLine();
            jobs.flush();
        } catch (IOException e) {
            throw ended();
        }
        String line = next(budget.toMillis());
        if (line == null) {
            kill();
            throw new Ended("compiling took longer than " + (budget.toMillis() >= 1000 ? budget.toSeconds() + " s"
                    : budget.toMillis() + " ms") + " and was stopped; simplify the code"
                    + " (deeply nested generics or huge constant expressions make javac slow).");
        }
        if (line == EXITED) {
            throw ended();
        }
        try {
            return json.readValue(line, CompileReply.class);
        } catch (IOException e) {
            throw new IllegalStateException("the compiler process answered what is not a reply: "
                    + line.substring(0, Math.min(200, line.length())), e);
        }
    }

    private void awaitReady() {
        if (ready) {
            return;
        }
        String first = next(settings.startupTimeout().toMillis());
        if (!CompilerMain.READY.equals(first)) {
            String why = first == null ? "it did not become ready within " + settings.startupTimeout().toSeconds() + " s"
                    : "it exited during start-up";
            String log = stderrTail();
            close();
            throw new IllegalStateException("a compiler process could not start: " + why + (log.isEmpty() ? "" : "\n" + log));
        }
        ready = true;
    }

    /** Why the process ended mid-compile, told as the student's compile error. */
    private Ended ended() {
        int exit = exitCode();
        String log = stderrTail();
        close();
        // -XX:+ExitOnOutOfMemoryError exits with 3 and says so on standard output, which is not protocol
        if (exit == OUT_OF_MEMORY || log.contains("OutOfMemoryError")) {
            return new Ended("compiling this code needed more than the compiler's " + settings.heap().toUpperCase()
                    + "B of memory and was stopped; simplify what is unusual in it (enormous expressions, very many"
                    + " or very large methods or constants) and submit again.");
        }
        return new Ended(Javac.crashed(null).errors().get(0).message() + " (the compiler process ended with exit code "
                + exit + ")");
    }

    private String next(long timeoutMillis) {
        try {
            return lines.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private int exitCode() {
        return ChildJvm.exitCode(process);
    }

    private String stderrTail() {
        return ChildJvm.tail(home.resolve("compiler-stderr.log"));
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("{")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process died: reported below
        }
        lines.add(EXITED);
    }

    /** Ends the process (its input closes; killed if it lingers) and removes its folder. */
    @Override
    public void close() {
        try {
            jobs.close();
            process.waitFor(Profiling.on() ? 20 : 2, TimeUnit.SECONDS); // a profile is written as it exits
        } catch (IOException e) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** Kills the process at once (a compile that overran) and removes its folder. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AtomicFile.deleteTree(home);
    }
}
