package tangent.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tangent.grader.build.BuildResult;
import tangent.grader.build.SubmissionCompiler;
import tangent.grader.discovery.Implementation;
import tangent.grader.discovery.ImplementationFinder;
import tangent.grader.intake.Handins;
import tangent.grader.intake.Intake;
import tangent.grader.intake.IntakeException;
import tangent.grader.intake.SourceFile;
import tangent.grader.intake.Submission;
import tangent.grader.io.AtomicFile;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlannedTest;
import tangent.grader.policy.BytecodePolicy;
import tangent.grader.policy.Violation;
import tangent.grader.run.TestRunner;
import tangent.grader.run.WorkerFailure;
import tangent.grader.run.WorkerPool;
import tangent.grader.run.WorkerSettings;
import tangent.grader.scaffold.StarterProject;
import tangent.grader.score.CompileError;
import tangent.grader.score.Outcome;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SourceLocation;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * Grades submissions against one plan: intake, compile, find implementations, run the tests in a
 * worker JVM, apply the rubric. Keeps a warm worker between submissions; close it when done.
 */
public final class Grader implements AutoCloseable {

    private final GradingPlan plan;
    private final Intake intake = new Intake();
    private final SubmissionCompiler compiler;
    private final ImplementationFinder finder;
    private final BytecodePolicy policy;
    private final WorkerPool workers;
    private final Scorecard.GraderInfo graderInfo;
    private final Path classesRoot;

    /** A grader with one worker JVM. */
    public Grader(Course course, GradingPlan plan, WorkerSettings settings) {
        this(course, plan, settings, 1);
    }

    /**
     * A grader that can grade {@code jobs} submissions at once, each in a worker JVM of its own
     * (started when first needed, then kept warm). {@link #grade} may be called from that many threads.
     */
    public Grader(Course course, GradingPlan plan, WorkerSettings settings, int jobs) {
        this(course, plan, settings, jobs, Duration.ofMinutes(1));
    }

    /** As above, with a budget for compiling each submission. */
    public Grader(Course course, GradingPlan plan, WorkerSettings settings, int jobs, Duration compileBudget) {
        this.plan = plan;
        this.finder = new ImplementationFinder(course.apiPackages());
        this.policy = new BytecodePolicy(course.apiPackages());
        try {
            // Submissions compile below this folder, the one a sandboxed worker may read them from.
            this.classesRoot = Files.createTempDirectory("tangent-classes-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for compiled submissions", e);
        }
        // Workers read the course this grader was given, not whatever their class path holds by default.
        WorkerSettings sandboxed = settings.withCourse(course.resource()).withSandbox(settings.sandbox().bwrap() == null
                ? settings.sandbox() : settings.sandbox().withReadOnly(classesRoot));
        // Compiling runs in processes of its own (sandboxed like the workers), which may write only below classesRoot.
        // One compiler process serves up to four workers (compiling is a tenth of grading a submission).
        this.compiler = new SubmissionCompiler(course.apiClasspath(), compileBudget, settings, List.of(classesRoot),
                Math.max(1, (jobs + 3) / 4)).prestart();
        this.workers = new WorkerPool(sandboxed, jobs); // they warm up while the first submissions compile
        this.graderInfo = new Scorecard.GraderInfo(GraderVersion.current(), plan.suitesSha256(),
                settings.sandbox().isolation());
    }

    /** Which grader and suites grade here, as recorded in every scorecard. */
    public Scorecard.GraderInfo graderInfo() {
        return graderInfo;
    }

    public GradingPlan plan() {
        return plan;
    }

    /** Grades one submission folder from its sources. */
    public Scorecard grade(Path folder, long seed) throws WorkerFailure {
        long start = System.nanoTime();
        Submission submission;
        try {
            submission = intake.read(folder);
        } catch (IntakeException e) {
            Scorecard.SubmissionInfo unread = new Scorecard.SubmissionInfo(Handins.idOf(folder), folder.toString(), "");
            if (e.unreadable()) {
                return unrunnable(unread, seed, start, SubmissionStatus.NO_SOURCES, e.getMessage(), null);
            }
            return unrunnable(unread, seed, start, SubmissionStatus.COMPILE_ERROR, e.getMessage(),
                    List.of(new CompileError(".", 0, 0, e.getMessage())));
        }
        Scorecard.SubmissionInfo info = new Scorecard.SubmissionInfo(submission.id(), folder.toString(), submission.sha256());
        if (submission.sources().isEmpty()) {
            return unrunnable(info, seed, start, SubmissionStatus.NO_SOURCES, Intake.describeWithoutSources(folder), null);
        }
        Path classes = null;
        try {
            classes = Files.createTempDirectory(classesRoot, "s-");
            BuildResult build = compiler.compile(submission, classes);
            if (build instanceof BuildResult.Failed failed) {
                return unrunnable(info, seed, start, SubmissionStatus.COMPILE_ERROR,
                        "the submission does not compile: " + failed.errors().size() + " error(s), the first at "
                                + failed.errors().get(0), failed.errors());
            }
            List<Violation> violations = policy.check(classes);
            if (!violations.isEmpty()) {
                String first = violations.get(0).describe();
                Map<String, String> reasons = Map.of("", "not run: the submission uses what submissions may not ("
                        + first + "); remove that and submit again.");
                return scorecard(info, seed, start, SubmissionStatus.REFUSED, "refused before running: " + first
                        + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""), null, violations,
                        notRun(reasons));
            }
            return run(info, List.of(classes), seed, start, where -> located(submission, where));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            AtomicFile.deleteTree(classes);
        }
    }

    /**
     * Grades classes that are already compiled (the reference implementation, say), with their
     * own class path. They are trusted: the bytecode policy is not applied (the reference calls
     * symja and Commons Math). No sources, so the hash is over the class path's names.
     */
    public Scorecard gradeCompiled(String id, List<Path> classpath, long seed) throws WorkerFailure {
        long start = System.nanoTime();
        String hash = tangent.grader.intake.Intake.hash(classpath.stream()
                .map(p -> new tangent.grader.intake.SourceFile(p.toString(), "")).toList());
        return run(new Scorecard.SubmissionInfo(id, classpath.get(0).toString(), hash), classpath, seed, start,
                where -> where);
    }

    /** @param locate turns a worker's location (package path) into one in the sources, or null */
    private Scorecard run(Scorecard.SubmissionInfo info, List<Path> classpath, long seed, long start,
            UnaryOperator<SourceLocation> locate) throws WorkerFailure {
        Map<String, Implementation> found = finder.find(classpath, plan.exercises());
        Map<String, String> implementations = new HashMap<>();
        found.values().forEach(i -> {
            if (i instanceof Implementation.Found f) {
                implementations.put(f.exercise(), f.className());
            }
        });
        if (implementations.isEmpty()) {
            return unrunnable(info, seed, start, SubmissionStatus.NO_IMPLEMENTATION,
                    "no class implements any exercise interface; "
                            + "implement them in public classes with public no-argument constructors.", null,
                    missingReasons(found));
        }
        List<PlannedTest> runnable = new ArrayList<>();
        Map<String, Outcome> outcomes = new HashMap<>();
        for (PlannedTest test : plan.tests()) {
            String missing = test.requires().stream().map(found::get)
                    .filter(i -> i instanceof Implementation.Missing)
                    .map(i -> ((Implementation.Missing) i).reason()).findFirst().orElse(null);
            if (missing == null) {
                runnable.add(test);
            } else {
                outcomes.put(test.uniqueId(), Outcome.notRun("not run: " + missing));
            }
        }
        TestRunner runner = workers.borrow();
        TestRunner.Result result;
        try {
            result = runner.run(new TestRunner.Request(info.id(), classpath, implementations, seed), runnable);
        } finally {
            workers.release(runner);
        }
        result.outcomes().forEach((id, outcome) -> outcomes.put(id,
                outcome.location() == null ? outcome : outcome.locatedAt(locate.apply(outcome.location()))));
        List<TestResult> tests = Rubric.apply(plan.tests(), outcomes, "not run.");
        SubmissionStatus status = result.crash() == null ? SubmissionStatus.GRADED : SubmissionStatus.CRASHED;
        String message = result.crash() == null ? summary(tests) : "grading could not finish: " + result.crash();
        return scorecard(info, seed, start, status, message, null, null, tests);
    }

    /**
     * The submission's source file a worker's location (package folders and file name) is in: the
     * one whose path ends so, or none (a class compiled from a file elsewhere than its package says
     * is still found when its file name is unique).
     */
    private static SourceLocation located(Submission submission, SourceLocation where) {
        List<String> byPath = submission.sources().stream().map(SourceFile::path)
                .filter(p -> p.equals(where.file()) || p.endsWith("/" + where.file())).toList();
        String name = where.file().substring(where.file().lastIndexOf('/') + 1);
        List<String> byName = byPath.isEmpty() ? submission.sources().stream().map(SourceFile::path)
                .filter(p -> p.equals(name) || p.endsWith("/" + name)).toList() : byPath;
        return byName.size() == 1 ? new SourceLocation(byName.get(0), where.line()) : null;
    }

    private Scorecard unrunnable(Scorecard.SubmissionInfo info, long seed, long start, SubmissionStatus status,
            String message, List<CompileError> errors) {
        String reason = switch (status) {
            case COMPILE_ERROR -> "not run: the submission does not compile; fix the compile errors first.";
            case NO_SOURCES -> "not run: the submission has no Java sources.";
            default -> "not run.";
        };
        return unrunnable(info, seed, start, status, message, errors, Map.of("", reason));
    }

    private Scorecard unrunnable(Scorecard.SubmissionInfo info, long seed, long start, SubmissionStatus status,
            String message, List<CompileError> errors, Map<String, String> reasons) {
        return scorecard(info, seed, start, status, message, errors, null, notRun(reasons));
    }

    /** Every planned test as not run, with the reason for its exercise or the fallback under key "". */
    private List<TestResult> notRun(Map<String, String> reasons) {
        String fallback = reasons.getOrDefault("", "not run.");
        Map<String, Outcome> outcomes = new HashMap<>();
        for (PlannedTest test : plan.tests()) {
            String reason = test.requires().stream().map(reasons::get).filter(r -> r != null).findFirst().orElse(fallback);
            outcomes.put(test.uniqueId(), Outcome.notRun(reason));
        }
        return Rubric.apply(plan.tests(), outcomes, fallback);
    }

    private static Map<String, String> missingReasons(Map<String, Implementation> found) {
        return found.values().stream().filter(i -> i instanceof Implementation.Missing)
                .collect(Collectors.toMap(Implementation::exercise, i -> "not run: " + ((Implementation.Missing) i).reason()));
    }

    private Scorecard scorecard(Scorecard.SubmissionInfo info, long seed, long start, SubmissionStatus status,
            String message, List<CompileError> errors, List<Violation> violations, List<TestResult> tests) {
        double score = tests.stream().mapToDouble(TestResult::score).sum();
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Scorecard(Scorecard.SCHEMA, info, graderInfo, seed, status, score, plan.maxScore(), ms, message,
                errors, violations, plan.scope().isWhole() ? null : plan.scope(), tests);
    }

    private static String summary(List<TestResult> tests) {
        Map<TestStatus, Long> counts = tests.stream()
                .collect(Collectors.groupingBy(TestResult::status, () -> new java.util.EnumMap<>(TestStatus.class),
                        Collectors.counting()));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status.json()));
        long stubs = tests.stream().filter(t -> t.flags().contains(TestResult.STUB)).count();
        return tests.size() + " tests: " + String.join(", ", parts)
                + (stubs == 0 ? "" : " (" + stubs + " at a method still \"" + StarterProject.NOT_IMPLEMENTED + "\")") + ".";
    }

    /** Where the exercises API's classes are: a jar or a folder, whichever this JVM loaded them from. */
    @Override
    public void close() {
        compiler.close();
        workers.close();
        AtomicFile.deleteTree(classesRoot);
    }
}
