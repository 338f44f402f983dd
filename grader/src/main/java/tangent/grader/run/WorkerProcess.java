package tangent.grader.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.Json;
import tangent.grader.worker.WorkerEvent;
import tangent.grader.worker.WorkerJob;
import tangent.grader.worker.WorkerMain;

/**
 * One worker JVM seen from the supervisor: a process with a scrubbed environment and its own
 * temporary working folder, whose events arrive on a queue filled by a reader thread, so the
 * supervisor can wait for the next one with a deadline.
 */
final class WorkerProcess implements AutoCloseable {

    /** Put on the queue when the worker's output ends: the process has exited or is exiting. */
    static final WorkerEvent EXITED = new WorkerEvent.Exited();

    private final Process process;
    private final Path home;
    private final ClassDataArchive archive;
    private final Path dump;
    private final BufferedWriter jobs;
    private final BlockingQueue<WorkerEvent> events = new LinkedBlockingQueue<>();
    private final ObjectMapper json = Json.LINES;

    private WorkerProcess(Process process, Path home, ClassDataArchive archive, Path dump) {
        this.process = process;
        this.home = home;
        this.archive = archive;
        this.dump = dump;
        this.jobs = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::readEvents, "tangent-worker-events-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a worker and waits until it is warmed up. */
    static WorkerProcess start(WorkerSettings settings) throws IOException, WorkerFailure {
        Path home = Files.createTempDirectory("tangent-worker-");
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.addAll(settings.jvmOptions());
        command.addAll(Profiling.options("worker"));
        ClassDataArchive archive = ClassDataArchive.forClasspath(settings.classpath()).orElse(null);
        // A sandboxed worker never records the class-data archive that later workers load: it has
        // run student code, and what it writes must not reach another JVM. It may use a fresh one,
        // which a JVM that only warms up records meanwhile, once per grader run.
        if (archive != null && settings.sandbox().bwrap() != null && !archive.isFresh()) {
            recordArchive(settings, archive);
            archive = null;
        }
        // No recording of the archive while profiling: a profile should show what a user's run does.
        Path dump = archive == null || archive.isFresh() || Profiling.on() ? null : archive.newDump();
        if (archive != null) {
            command.addAll(archive.options(dump));
        }
        command.add("-Djava.io.tmpdir=" + home);
        command.add("-cp");
        command.add(settings.classpath());
        command.add(WorkerMain.class.getName());
        Sandbox sandbox = archive == null ? settings.sandbox() : settings.sandbox().withReadOnly(archive.file());
        ProcessBuilder builder = new ProcessBuilder(sandbox.wrap(command, home, settings.classpath(),
                Profiling.writable(), settings.addressSpace()))
                .directory(home.toFile())
                .redirectError(home.resolve("worker-stderr.log").toFile());
        ChildJvm.scrubbed(builder);
        WorkerProcess worker = new WorkerProcess(Launcher.start(builder), home, archive, dump);
        WorkerEvent first = worker.next(settings.startupTimeout().toMillis());
        if (!(first instanceof WorkerEvent.Ready)) {
            String why = first == null ? "it did not become ready within " + settings.startupTimeout().toSeconds() + " s"
                    : first instanceof WorkerEvent.Fatal fatal ? fatal.message() : "it exited during start-up";
            String log = worker.stderrTail();
            worker.close();
            throw new WorkerFailure("a worker JVM could not start: " + why + (log.isEmpty() ? "" : "\n" + log));
        }
        return worker;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean RECORDING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Records the workers' class-data archive in the background from a JVM that warms up as a
     * worker does and exits, running no submission: so sandboxed workers, which never record one,
     * start from an archive from the next grading on (measured: a worker's start 1.0 s without,
     * 0.4 s with). Outside the sandbox, since it runs only the grader's own code.
     */
    private static void recordArchive(WorkerSettings settings, ClassDataArchive archive) {
        if (!RECORDING.compareAndSet(false, true)) {
            return;
        }
        Thread recorder = new Thread(() -> {
            Path home = null;
            Path dump = archive.newDump();
            try {
                home = Files.createTempDirectory("tangent-archive-");
                List<String> command = new ArrayList<>();
                command.add(settings.java().toString());
                command.addAll(settings.jvmOptions());
                command.addAll(archive.options(dump));
                command.addAll(List.of("-Djava.io.tmpdir=" + home, "-cp", settings.classpath(), WorkerMain.class.getName(),
                        WorkerMain.WARM_UP_ONLY));
                ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                Process process = Launcher.start(ChildJvm.scrubbed(builder));
                boolean ended = process.waitFor(settings.startupTimeout().toSeconds() * 2, TimeUnit.SECONDS);
                if (!ended) {
                    process.destroyForcibly();
                }
                archive.adopt(dump, ended && process.exitValue() == 0);
            } catch (IOException e) {
                archive.adopt(dump, false); // no archive this time: workers start a little slower
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                archive.adopt(dump, false);
            } finally {
                if (home != null) {
                    tangent.grader.io.AtomicFile.deleteTree(home);
                }
            }
        }, "tangent-archive-recorder");
        recorder.setDaemon(true);
        recorder.start();
    }

    void send(WorkerJob job) throws IOException {
        jobs.write(json.writeValueAsString(job));
        jobs.newLine();
        jobs.flush();
    }

    /** The next event, or null when none came within the time given. */
    WorkerEvent next(long timeoutMillis) {
        try {
            return events.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The exit code after the worker ended (waits briefly for it). */
    int exitCode() {
        return ChildJvm.exitCode(process);
    }

    /** The last lines the JVM itself wrote to its standard error (crash reports, OOM notices). */
    String stderrTail() {
        return ChildJvm.tail(home.resolve("worker-stderr.log"));
    }

    private void readEvents() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("{")) {
                    try {
                        events.add(json.readValue(line, WorkerEvent.class));
                    } catch (IOException e) {
                        // Not a protocol line (the JVM itself printed something): ignore it.
                    }
                }
            }
        } catch (IOException e) {
            // The stream broke because the process died: report that below.
        }
        events.add(EXITED);
    }

    /**
     * Lets the worker finish: its input ends, it exits by itself (recording the class-data archive
     * if it was asked to), and only if it takes too long is it killed.
     */
    void retire() {
        try {
            jobs.close();
            if (process.waitFor(10, TimeUnit.SECONDS) && archive != null && dump != null) {
                archive.adopt(dump, process.exitValue() == 0);
            }
        } catch (IOException e) {
            // its input is already closed: it is exiting or gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /** Kills the worker (if still alive) and removes its working folder. */
    @Override
    public void close() {
        if (archive != null && dump != null && process.isAlive()) {
            archive.adopt(dump, false); // killed mid-run: whatever it recorded is incomplete
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(home)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a grade for.
        }
    }
}
