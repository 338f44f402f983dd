package tangent.grader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import tangent.grader.intake.Submission;
import tangent.grader.run.Sandbox;
import tangent.grader.run.WorkerSettings;

/**
 * Compiles submissions outside the supervisor: in compiler processes of their own ({@link
 * CompilerMain}), each with a capped heap, inside the workers' sandbox when there is one, and
 * killed when one compile overruns its budget. javac can be made to run for minutes, fill its heap
 * or crash (deep generics, huge constant folding); none of that may reach the grader or the next
 * submission. Processes are kept warm between compiles, one per submission compiled at a time.
 */
public final class SubmissionCompiler implements AutoCloseable {

    /** The compiler's heap: javac on a 5 MB submission needs far less. */
    static final String HEAP = "512m";

    private final CompilerProcess.Settings settings;
    private final Duration budget;
    private final Queue<CompilerProcess> idle = new ConcurrentLinkedQueue<>();
    private final Queue<CompilerProcess> all = new ConcurrentLinkedQueue<>();

    /** A compiler with a one-minute budget per submission, outside any sandbox. */
    public SubmissionCompiler(List<Path> apiClasspath) {
        this(apiClasspath, Duration.ofMinutes(1));
    }

    public SubmissionCompiler(List<Path> apiClasspath, Duration budget) {
        this(apiClasspath, budget, WorkerSettings.defaults().withSandbox(Sandbox.NONE), List.of());
    }

    /**
     * @param apiClasspath where the exercises API's classes are (a jar or a folder)
     * @param budget       how long compiling one submission may take before its process is killed
     * @param workers      the java, class path and sandbox the compiler processes share with the workers
     * @param output       the folders compiled classes are written below (writable in the sandbox)
     */
    public SubmissionCompiler(List<Path> apiClasspath, Duration budget, WorkerSettings workers, List<Path> output) {
        this(apiClasspath, budget, workers, output, HEAP);
    }

    /** As above, with another heap for the compiler processes (tests make one run out). */
    SubmissionCompiler(List<Path> apiClasspath, Duration budget, WorkerSettings workers, List<Path> output, String heap) {
        this.budget = budget;
        this.settings = new CompilerProcess.Settings(workers.java(), workers.classpath(), heap, workers.sandbox(),
                List.copyOf(output), List.copyOf(apiClasspath), budget, workers.startupTimeout());
    }

    /** Starts one compiler process now, so it is warm when the first submission arrives. */
    public SubmissionCompiler prestart() {
        CompilerProcess process = CompilerProcess.launch(settings);
        all.add(process);
        idle.add(process);
        return this;
    }

    public BuildResult compile(Submission submission, Path classes) {
        if (submission.sources().isEmpty()) {
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0,
                    "no .java files found in " + submission.path() + "; put your classes in this folder or in src/main/java.")));
        }
        CompilerProcess process = idle.poll();
        if (process == null) {
            process = CompilerProcess.launch(settings);
            all.add(process);
        }
        CompileReply reply;
        try {
            reply = process.compile(new CompileJob(submission.sources(), classes.toString()), budget);
        } catch (CompilerProcess.Ended ended) {
            all.remove(process); // it is stopped already
            return new BuildResult.Failed(List.of(new CompileError(".", 0, 0, ended.getMessage())));
        }
        idle.add(process);
        if (reply.trouble() != null) {
            throw new UncheckedIOException(new IOException(reply.trouble()));
        }
        return reply.compiled() ? new BuildResult.Compiled(classes) : new BuildResult.Failed(reply.errors());
    }

    /** Lets every compiler process end (their input closes). */
    @Override
    public void close() {
        List<CompilerProcess> processes = new ArrayList<>(all);
        all.clear();
        idle.clear();
        processes.forEach(CompilerProcess::close);
    }
}
