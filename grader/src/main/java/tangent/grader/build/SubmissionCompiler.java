package tangent.grader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tangent.grader.intake.Submission;
import tangent.grader.run.Sandbox;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.CompileError;

/**
 * Compiles submissions outside the supervisor: in compiler processes of their own ({@link
 * CompilerMain}), each with a capped heap, inside the workers' sandbox when there is one, and
 * killed when one compile overruns its budget. javac can be made to run for minutes, fill its heap
 * or crash (deep generics, huge constant folding); none of that may reach the grader or the next
 * submission. Processes are kept warm between compiles; there are at most a few (see the
 * constructor), and a compile waits for one to be free rather than start a JVM of its own.
 */
public final class SubmissionCompiler implements AutoCloseable {

    /** The compiler's heap: javac on a 5 MB submission needs far less. */
    static final String HEAP = "512m";

    private final CompilerProcess.Settings settings;
    private final Duration budget;
    private final int maxProcesses;
    /** Both guarded by {@code this}; a compile waits on it for a free process. */
    private final Deque<CompilerProcess> idle = new ArrayDeque<>();
    private final List<CompilerProcess> all = new ArrayList<>();

    /** A compiler with a one-minute budget per submission, outside any sandbox. */
    public SubmissionCompiler(List<Path> apiClasspath) {
        this(apiClasspath, Duration.ofMinutes(1));
    }

    public SubmissionCompiler(List<Path> apiClasspath, Duration budget) {
        this(apiClasspath, budget, WorkerSettings.defaults().withSandbox(Sandbox.NONE), List.of(), 1);
    }

    /**
     * @param apiClasspath where the exercises API's classes are (a jar or a folder)
     * @param budget       how long compiling one submission may take before its process is killed
     * @param workers      the java, class path and sandbox the compiler processes share with the workers
     * @param output       the folders compiled classes are written below (writable in the sandbox)
     * @param processes    the most compiler processes at once. Compiling is a tenth of grading a
     *                     submission, so one serves a few workers: with --jobs 2, one process beat
     *                     two (a batch of 40 whole-course submissions: 34.6 s against 40 s, two
     *                     JVMs JIT-compiling javac side by side on two cores)
     */
    public SubmissionCompiler(List<Path> apiClasspath, Duration budget, WorkerSettings workers, List<Path> output,
            int processes) {
        this(apiClasspath, budget, workers, output, processes, HEAP);
    }

    /** As above, with another heap for the compiler processes (tests make one run out). */
    SubmissionCompiler(List<Path> apiClasspath, Duration budget, WorkerSettings workers, List<Path> output,
            int processes, String heap) {
        if (processes < 1) {
            throw new IllegalArgumentException("at least one compiler process, got " + processes);
        }
        this.maxProcesses = processes;
        this.budget = budget;
        this.settings = new CompilerProcess.Settings(workers.java(), workers.classpath(), heap, workers.sandbox(),
                List.copyOf(output), List.copyOf(apiClasspath), budget, workers.startupTimeout());
    }

    /** Starts one compiler process now, so it is warm when the first submission arrives. */
    public synchronized SubmissionCompiler prestart() {
        CompilerProcess process = CompilerProcess.launch(settings);
        all.add(process);
        idle.add(process);
        return this;
    }

    /** A free process: an idle one, a new one while there are fewer than allowed, else the next one freed. */
    private synchronized CompilerProcess borrow() {
        while (idle.isEmpty() && all.size() >= maxProcesses) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the compiler", e);
            }
        }
        CompilerProcess process = idle.poll();
        if (process == null) {
            process = CompilerProcess.launch(settings);
            all.add(process);
        }
        return process;
    }

    /** Gives a process back, or forgets one that was stopped; either way a waiting compile may go on. */
    private synchronized void giveBack(CompilerProcess process, boolean alive) {
        if (alive) {
            idle.add(process);
        } else {
            all.remove(process);
        }
        notifyAll();
    }

    public BuildResult compile(Submission submission, Path classes) {
        if (submission.sources().isEmpty()) {
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0,
                    "no .java files found in " + submission.path() + "; put your classes in this folder or in src/main/java.")));
        }
        CompilerProcess process = borrow();
        CompileReply reply;
        try {
            reply = process.compile(new CompileJob(submission.sources(), classes.toString()), budget);
        } catch (CompilerProcess.Ended ended) {
            giveBack(process, false); // it is stopped already
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0, ended.getMessage())));
        } catch (RuntimeException e) {
            process.kill(); // it could not start, or answered nonsense: not to be lent again
            giveBack(process, false);
            throw e;
        }
        giveBack(process, true);
        if (reply.trouble() != null) {
            throw new UncheckedIOException(new IOException(reply.trouble()));
        }
        return reply.compiled() ? new BuildResult.Compiled(classes) : new BuildResult.Failed(reply.errors());
    }

    /** Lets every compiler process end (their input closes). */
    @Override
    public void close() {
        List<CompilerProcess> processes;
        synchronized (this) {
            processes = new ArrayList<>(all);
            all.clear();
            idle.clear();
        }
        processes.forEach(CompilerProcess::close);
    }
}
