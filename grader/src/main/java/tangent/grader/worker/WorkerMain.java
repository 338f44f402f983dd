package tangent.grader.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import tangent.grader.check.CasProof;
import tangent.grader.check.Curve;
import tangent.grader.io.Json;
import tangent.grader.io.StudentText;
import tangent.grader.plan.Course;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.SubmissionExtension;

/**
 * The worker JVM's entry point. It warms up (the course's warm-up, so a slow first CAS call is not
 * charged to a test), says {@code ready}, then runs each job it reads with the JUnit Platform
 * Launcher and streams {@code started}/{@code finished} events, so the supervisor always knows
 * which test is running when it has to kill the worker.
 */
public final class WorkerMain {

    /** The most a test's captured output keeps. */
    static final int OUTPUT_LIMIT = 8 * 1024;
    /**
     * A worker retires after this many jobs, or once its metaspace passes the limit below: each
     * submission's class loader is dropped after its job, but a JVM that grades thousands is
     * replaced rather than trusted to have collected every one.
     */
    static final int MAX_JOBS = 1000;
    static final long MAX_METASPACE_BYTES = 192L * 1024 * 1024;

    /** The argument that makes a worker warm up and exit, recording the class-data archive. */
    public static final String WARM_UP_ONLY = "--warm-up-only";

    private int jobs;

    private final PrintStream protocol;
    private final OutputCapture capture;
    private final ObjectMapper json = Json.LINES;
    private final Course course;

    private WorkerMain(PrintStream protocol, OutputCapture capture, Course course) {
        this.protocol = protocol;
        this.capture = capture;
        this.course = course;
    }

    public static void main(String[] args) throws IOException {
        // The real standard output is the protocol channel; everything else printed is captured.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        OutputCapture capture = new OutputCapture(OUTPUT_LIMIT);
        PrintStream captured = capture.printStream();
        System.setOut(captured);
        System.setErr(captured);
        WorkerMain worker;
        try {
            Course course = Course.load();
            warmUp(course);
            if (args.length > 0 && WARM_UP_ONLY.equals(args[0])) {
                System.exit(0); // what it loaded goes into the class-data archive as it exits: no student code ran
            }
            capture.take();
            worker = new WorkerMain(protocol, capture, course);
        } catch (RuntimeException | LinkageError e) {
            protocol.println(Json.LINES.writeValueAsString(new WorkerEvent.Fatal("worker start-up failed: " + e)));
            System.exit(2);
            return;
        }
        worker.emit(new WorkerEvent.Ready());
        worker.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        // Not a plain return: a thread a submission left running must not keep this JVM alive.
        System.exit(0);
    }

    private static void warmUp(Course course) {
        if (course.warmup().isEmpty()) {
            return;
        }
        try {
            Class<?> type = Class.forName(course.warmup());
            ((Runnable) type.getDeclaredConstructor().newInstance()).run();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run the course's warm-up " + course.warmup() + ": " + e, e);
        }
    }

    private void serve(BufferedReader in) throws IOException {
        Launcher launcher = LauncherFactory.create();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            WorkerJob job = json.readValue(line, WorkerJob.class);
            // Fresh streams each job: a submission that closed System.out (through AutoCloseable, say)
            // must not silence the next one's output.
            PrintStream captured = capture.printStream();
            System.setOut(captured);
            System.setErr(captured);
            JvmState before = JvmState.now();
            launcher.execute(job.toRequest(course.apiPackages()), new Reporter());
            jobs++;
            List<String> leftBehind = before.leftBehindIn(JvmState.now());
            boolean retire = !leftBehind.isEmpty() || CasProof.leftRunaways() || jobs >= MAX_JOBS
                    || metaspaceBytes() > MAX_METASPACE_BYTES;
            emit(new WorkerEvent.Done(retire));
            if (retire) {
                // A CAS thread that ignored its limit may still be spinning, or the JVM has served
                // long enough: the supervisor starts a fresh one for the next job.
                return;
            }
        }
    }


    private static long metaspaceBytes() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                return pool.getUsage().getUsed();
            }
        }
        return 0;
    }

    private synchronized void emit(WorkerEvent event) {
        try {
            protocol.println(json.writeValueAsString(event));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to the supervisor", e);
        }
    }

    /** Streams each test's start and end to the supervisor. */
    private final class Reporter implements TestExecutionListener {
        private long startedAt;
        private final List<String> flags = new ArrayList<>();
        private Curve curve;

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            entry.getKeyValuePairs().forEach((key, value) -> {
                if (SubmissionExtension.FLAGS.equals(key)) {
                    flags.addAll(List.of(value.split(",")));
                } else if (SubmissionExtension.CURVE.equals(key)) {
                    try {
                        curve = json.readValue(value, Curve.class);
                    } catch (IOException e) {
                        curve = null; // a plot less in the report
                    }
                }
            });
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                capture.take();
                flags.clear();
                curve = null;
                startedAt = System.nanoTime();
                emit(new WorkerEvent.Started(test.getUniqueId()));
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                emit(WorkerEvent.Finished.notRun(test.getUniqueId(), StudentText.cap(reason)));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    // A suite that fails as a whole starts none of its tests; say why.
                    emit(new WorkerEvent.ContainerFailed(test.getUniqueId(), StudentText.cap(Failures.of(result).message()),
                            capture.take()));
                }
            } else {
                long ms = (System.nanoTime() - startedAt) / 1_000_000;
                Failures.Verdict verdict = Failures.of(result);
                if (verdict.stub()) {
                    flags.add(TestResult.STUB);
                }
                emit(new WorkerEvent.Finished(test.getUniqueId(), verdict.status(), StudentText.cap(verdict.message()),
                        capture.take(), ms, flags, curve, verdict.location()));
            }
        }
    }
}
