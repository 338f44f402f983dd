package tangent.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import tangent.grader.build.BuildResult;
import tangent.grader.build.Javac;
import tangent.grader.discovery.Implementation;
import tangent.grader.discovery.ImplementationFinder;
import tangent.grader.intake.Intake;
import tangent.grader.intake.IntakeException;
import tangent.grader.intake.Submission;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlannedTest;
import tangent.grader.plan.Planner;
import tangent.grader.worker.WorkerJob;

/**
 * The floor for throughput: the same suites, run in this very JVM on one thread, with no worker,
 * no watchdog and no policy. Compiles each submission and runs its tests, nothing else.
 * Usage: {@code FloorBenchmark FOLDER_OF_SUBMISSIONS [SEED]}; see {@code bench/throughput.sh}.
 */
public final class FloorBenchmark {

    /** Time spent per phase, summed over the measured submissions. */
    private static final class Phases {
        long compileNanos;
        long runNanos;
    }

    private FloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FloorBenchmark FOLDER_OF_SUBMISSIONS [SEED]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<Path> submissions;
        try (Stream<Path> children = Files.list(Path.of(args[0]))) {
            submissions = children.filter(Files::isDirectory).sorted().toList();
        }
        Course course = Course.load();
        GradingPlan plan = new Planner(course).plan();
        Javac compiler = new Javac(course.apiClasspath());
        ImplementationFinder finder = new ImplementationFinder(course.apiPackages());
        Launcher launcher = LauncherFactory.create();
        AtomicInteger passed = new AtomicInteger();
        TestExecutionListener counter = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    passed.incrementAndGet();
                }
            }
        };
        // One untimed pass over the first submission warms the JIT and the CAS, as a warm worker is.
        gradeOne(submissions.get(0), seed, plan, compiler, finder, launcher, course, counter, new Phases());
        passed.set(0);
        Phases phases = new Phases();
        long start = System.nanoTime();
        for (Path submission : submissions) {
            gradeOne(submission, seed, plan, compiler, finder, launcher, course, counter, phases);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "floor: %d submissions in %.2f s on one thread in one JVM: %.1f submissions/s "
                + "(%d tests passed; compiling %.0f ms, running tests %.0f ms per submission)%n", submissions.size(),
                seconds, submissions.size() / seconds, passed.get(), phases.compileNanos / 1e6 / submissions.size(),
                phases.runNanos / 1e6 / submissions.size());
        System.exit(0);
    }

    private static void gradeOne(Path folder, long seed, GradingPlan plan, Javac compiler,
            ImplementationFinder finder, Launcher launcher, Course course, TestExecutionListener listener, Phases phases)
            throws IOException, IntakeException {
        Submission submission = new Intake().read(folder);
        Path classes = Files.createTempDirectory("tangent-floor-");
        try {
            long t0 = System.nanoTime();
            boolean failed = compiler.compile(submission.sources(), classes) instanceof BuildResult.Failed;
            phases.compileNanos += System.nanoTime() - t0;
            if (failed) {
                return;
            }
            Map<String, String> implementations = new HashMap<>();
            for (Implementation i : finder.find(List.of(classes), plan.exercises()).values()) {
                if (i instanceof Implementation.Found found) {
                    implementations.put(found.exercise(), found.className());
                }
            }
            List<String> tests = new ArrayList<>();
            for (PlannedTest test : plan.tests()) {
                if (implementations.keySet().containsAll(test.requires())) {
                    tests.add(test.uniqueId());
                }
            }
            if (!tests.isEmpty()) {
                WorkerJob job = new WorkerJob(submission.id(), List.of(classes.toString()), implementations, seed, tests);
                long t1 = System.nanoTime();
                launcher.execute(job.toRequest(course.apiPackages()), listener);
                phases.runNanos += System.nanoTime() - t1;
            }
        } finally {
            try (Stream<Path> walk = Files.walk(classes)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
