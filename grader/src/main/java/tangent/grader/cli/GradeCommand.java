package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tangent.grader.engine.Grader;
import tangent.grader.engine.GraderVersion;
import tangent.grader.intake.Handins;
import tangent.grader.intake.IntakeException;
import tangent.grader.io.FileTrouble;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlanCache;
import tangent.grader.plan.Planner;
import tangent.grader.report.Gradebook;
import tangent.grader.report.GradescopeResults;
import tangent.grader.report.HtmlReport;
import tangent.grader.report.JunitXml;
import tangent.grader.report.MarkdownReport;
import tangent.grader.report.ReportFormat;
import tangent.grader.report.SimilarityCsv;
import tangent.grader.report.StudentPage;
import tangent.grader.report.TerminalReport;
import tangent.grader.run.Sandbox;
import tangent.grader.run.WorkerFailure;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Points;
import tangent.grader.score.RunKey;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.similarity.SimilarityJson;
import tangent.grader.similarity.SimilarityOptions;
import tangent.grader.similarity.SimilarityReport;

/** {@code tangent grade PATH...}: grades submissions and writes a scorecard for each. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades submission folders and writes DIR/<id>.json for each.",
                "PATH is one submission folder (its sources start at its top: .java files, src/, a pom.xml, "
                        + "or package folders) or a folder of them, each folder in it one student whatever its "
                        + "layout. --dry-run shows what was found; --depth decides without the rule."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:grading ran (whatever the scores)",
                "1:the grader itself failed, or a scorecard could not be written",
                "2:usage error (a wrong flag, a missing folder, an --out that cannot be written, --resume into "
                        + "another run's scorecards)",
                "130:interrupted (Ctrl-C): the scorecards written so far are kept; --resume finishes the run",
                "143:stopped by SIGTERM (a cancelled CI job), the same way"})
final class GradeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Submission folders, or folders of them.")
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where scorecards go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @CommandLine.Mixin
    private RunOptions options;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Submissions graded at once, each in a worker JVM of its own (default: the number of cores).")
    private Integer jobs;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json",
            description = "Outputs besides the scorecard DIR/<id>.json (always written): gradescope (<id>.gradescope.json), "
                    + "junit (<id>.junit.xml), markdown (<id>.md, the student's view), csv (gradebook.csv for the batch) and "
                    + "html (<id>.html, the student's view with plots, and report.html for the batch), canvas and moodle "
                    + "(canvas.csv, moodle.csv: the batch's grades for an LMS import; with --roster), similarity (similarity.csv, "
                    + "jplag.zip: which submissions graded in this run are alike, as `tangent similarity` with its "
                    + "defaults; with a shard, within the shard only).")
    private List<String> formats;

    @Option(names = "--reveal",
            description = "Show hidden and not-yet-due checks in full in the Markdown, HTML and terminal reports (an instructor's view).")
    private boolean reveal;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Grade only shard K of N (1 <= K <= N): the submissions whose id hashes to K, the same "
                    + "on every machine. Combine the shards' scorecards with `tangent merge`.")
    private String shard;

    @Option(names = "--public-only",
            description = "Run only the suites' visible tests, the checks the report shows by name, and none of "
                    + "the hidden ones. (The public sample tests of your own `mvn test` check the same statements' "
                    + "examples, but are tests of their own, counted apart.)")
    private boolean publicOnly;

    @Option(names = "--quiet", description = "Print only the summary, not a line per submission.")
    private boolean quiet;

    /** When something is wanted: on a terminal or for one submission (auto), always or never. */
    enum When { AUTO, ALWAYS, NEVER }

    /** How progress is shown. */
    enum ProgressStyle { AUTO, BAR, LINES }

    @Option(names = "--terminal-report", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Print each graded submission's report (the next thing to do, points per lesson and "
                    + "task, each visible check of a task without full marks with its message, hidden checks as "
                    + "counts): always, never, or when grading one submission (auto, the default). Not with --quiet.")
    private When terminalReport;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour in the terminal report: always, never, or on a terminal unless NO_COLOR is set "
                    + "(auto, the default).")
    private When color;

    @Option(names = "--progress", paramLabel = "auto|bar|lines", defaultValue = "auto",
            description = "A progress bar under the lines (bar), numbered lines only (lines), or a bar when the "
                    + "output is a terminal (auto, the default).")
    private ProgressStyle progressStyle;

    @Option(names = "--resume",
            description = "Skip submissions whose scorecard in --out was made from the same sources, by the same grader "
                    + "and suites, with the same seed and lessons (without --seed, the seed of the scorecards already "
                    + "there). Refuses to replace scorecards made for another run unless --replace is given.")
    private boolean resume;

    @Option(names = "--replace",
            description = "With --resume: regrade and replace scorecards in --out that were made for another run "
                    + "(other lessons, seed, grader or suites) instead of refusing.")
    private boolean replace;

    @Option(names = "--depth", paramLabel = "N",
            description = "The submissions are exactly the folders N levels below each PATH (0: each PATH is one "
                    + "submission; 1: each folder in PATH is one student). Default: the rule in the README, which "
                    + "prints a notice wherever it had to choose.")
    private Integer depth;

    @Option(names = "--sandbox", paramLabel = "auto|bubblewrap|none", defaultValue = "auto",
            description = "Run the workers inside a bubblewrap sandbox (no network, a read-only view of the system, "
                    + "a private /tmp): always (bubblewrap, an error where it cannot run), never (none), or where it "
                    + "works (auto, the default). Each scorecard's grader.isolation says which was in force.")
    private String sandbox;

    @Option(names = "--dry-run",
            description = "Print each submission's id, folder and where its sources start, then stop: nothing is "
                    + "graded or written.")
    private boolean dryRun;

    @CommandLine.Mixin
    private LmsOptions lms;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Set<ReportFormat> reports = EnumSet.of(ReportFormat.JSON);
    private TerminalReport terminal;
    private GradingPlan.Scope scope;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (parallel < 1) {
            throw usage("--jobs must be at least 1");
        }
        if (depth != null && depth < 0) {
            throw usage("--depth must be 0 or more");
        }
        if (replace && !resume) {
            throw usage("--replace only goes with --resume (without --resume every submission is graded and written anew)");
        }
        Set<ReportFormat> wanted = EnumSet.noneOf(ReportFormat.class);
        try {
            formats.forEach(f -> wanted.add(ReportFormat.parse(f)));
        } catch (IllegalArgumentException e) {
            throw usage("--format: " + e.getMessage());
        }
        this.reports = wanted;
        lms.prepare(wanted, spec.commandLine());
        Handins.Found found;
        try {
            found = Handins.collect(paths, depth == null ? OptionalInt.empty() : OptionalInt.of(depth));
        } catch (IntakeException e) {
            throw usage(e.getMessage());
        }
        found.notices().forEach(n -> stderr.println("note: " + n));
        stderr.flush();
        List<Handins.Handin> submissions = Shard.parse(shard, spec.commandLine()).select(found.handins());
        if (dryRun) {
            return dryRun(stdout, submissions);
        }
        boolean bar = switch (progressStyle) {
            case BAR -> true;
            case LINES -> false;
            case AUTO -> System.console() != null;
        };
        if (submissions.isEmpty()) {
            stdout.println("Shard " + shard + " holds none of these submissions; nothing to grade.");
            return 0;
        }
        OutputFolder.prepare(out, spec.commandLine()); // before anything is graded: a bad --out costs nothing
        ScorecardJson json = new ScorecardJson();
        Resume previous = resume ? new Resume(out, json, submissions) : null;
        long runSeed;
        try {
            Long kept = previous == null ? null : previous.seed();
            runSeed = options.seed != null ? options.seed : kept != null ? kept : new SecureRandom().nextLong();
        } catch (IllegalArgumentException e) {
            throw usage("--resume: " + e.getMessage());
        }
        Course course;
        GradingPlan plan;
        try {
            Course loaded = Course.load();
            course = loaded;
            plan = PlanCache.forThisJvm(loaded).plan(() -> new Planner(loaded).plan());
        } catch (RuntimeException e) {
            stderr.println("tangent: the grader's suites cannot be planned, so nothing was graded: " + e.getMessage());
            return 1;
        }
        try {
            plan = plan.narrowed(options.lessonIds(), publicOnly);
        } catch (IllegalArgumentException e) {
            throw usage("--lessons: " + e.getMessage());
        }
        this.scope = plan.scope().isWhole() ? null : plan.scope();
        this.terminal = terminalReport(submissions.size(), plan);
        RunKey run = new RunKey(runSeed, scope, plan.maxScore(), GraderVersion.current(), plan.suitesSha256());
        if (previous != null) {
            try {
                previous.refuseOtherRuns(run, replace);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        Sandbox walls;
        try {
            walls = Sandbox.of(sandbox);
        } catch (IllegalArgumentException e) {
            throw usage("--sandbox: " + e.getMessage());
        }
        WorkerSettings settings = WorkerSettings.defaults().withSandbox(walls)
                .withTestTimeout(options.testTimeout())
                .withSubmissionBudget(options.submissionBudget());
        stdout.printf(Locale.ROOT, "Grading %d submission(s) against %d tests (%s points), seed %d, %d at a time, "
                + "isolation %s%n", submissions.size(), plan.tests().size(), Points.show(plan.maxScore()), runSeed, parallel,
                walls.isolation());
        stdout.flush();
        Progress progress = new Progress(stdout, submissions.size(), quiet, bar);
        Thread onInterrupt = new Thread(() -> interrupted(stdout, progress, runSeed));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        long start = System.nanoTime();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> workerFailure = new AtomicReference<>();
        try (Grader grader = new Grader(course, plan, settings, Math.min(parallel, Math.max(1, submissions.size())),
                options.compileBudget())) {
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            List<Future<?>> pending = new ArrayList<>();
            for (Handins.Handin submission : submissions) {
                pending.add(pool.submit(() -> gradeOne(grader, submission, run, previous, json, progress, stdout, stderr,
                        failures, workerFailure)));
            }
            pool.shutdown();
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                } catch (ExecutionException e) {
                    failures.incrementAndGet();
                    stderr.println("tangent: " + e.getCause());
                }
            }
        }
        if (workerFailure.get() != null) {
            stderr.println("tangent: " + workerFailure.get());
            removeHook(onInterrupt);
            return 1;
        }
        if (reports.stream().anyMatch(ReportFormat::batch)) {
            failures.addAndGet(writeBatchReports(json, submissions, stdout, stderr));
        }
        removeHook(onInterrupt);
        stdout.printf(Locale.ROOT, "Done in %.1f s: %s; scorecards in %s%n", (System.nanoTime() - start) / 1e9,
                progress.counts(), out);
        if (progress.notSaved() > 0) {
            stderr.println("tangent: " + progress.notSaved() + " scorecard(s) could not be written (see above); "
                    + "their submissions were graded but nothing of them is saved.");
        }
        return failures.get() == 0 ? 0 : 1;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs and says so
        }
    }

    /** On Ctrl-C (or any signal that ends the JVM): what is saved, what is left, and how to finish. */
    private void interrupted(PrintWriter stdout, Progress progress, long runSeed) {
        if (progress.finished()) {
            return;
        }
        progress.note("");
        progress.note("Interrupted: " + progress.counts() + ", " + progress.left() + " left. The scorecards written "
                + "so far are kept in " + out + ". To finish, run the same command again with --resume --seed "
                + runSeed + " (what is already graded is kept, the rest is graded).");
    }

    /** --dry-run: each submission, its folder and its source roots, nothing graded or written. */
    private int dryRun(PrintWriter stdout, List<Handins.Handin> submissions) {
        stdout.println(submissions.size() + " submission(s):");
        for (Handins.Handin handin : submissions) {
            String roots;
            try {
                var found = Handins.sourceRoots(handin.folder());
                roots = found.isEmpty() ? "no Java sources (it would be graded no_sources)"
                        : "sources start at " + String.join(", ", found);
            } catch (IOException e) {
                roots = "cannot be read: " + FileTrouble.describe(e);
            }
            stdout.printf(Locale.ROOT, "  %-24s %s: %s%n", handin.id(), handin.folder(), roots);
        }
        stdout.flush();
        return 0;
    }

    /** Grades one submission and writes its scorecard; a failure here never stops the others. */
    private void gradeOne(Grader grader, Handins.Handin submission, RunKey run, Resume previous, ScorecardJson json,
            Progress progress, PrintWriter stdout, PrintWriter stderr, AtomicInteger failures,
            AtomicReference<String> workerFailure) {
        if (workerFailure.get() != null) {
            return; // no worker JVM can start: do not try each remaining submission in turn
        }
        String id = submission.id();
        Path file = out.resolve(id + ".json");
        if (previous != null && previous.alreadyGraded(submission, run)) {
            progress.kept(id, file);
            return;
        }
        Scorecard card;
        try {
            card = grader.grade(submission.folder(), run.seed());
        } catch (WorkerFailure e) {
            workerFailure.compareAndSet(null, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A grader bug on one submission must not cost the others their grades.
            stderr.println("tangent: grading " + submission.folder() + " failed inside the grader (" + e
                    + "); no scorecard for it, the others go on. Please report this.");
            failures.incrementAndGet();
            progress.failed(id);
            return;
        }
        try {
            json.write(card, file);
            writeReports(card, id);
        } catch (IOException e) {
            stderr.println("tangent: cannot write the scorecard or reports of " + id + " in " + out + ": "
                    + FileTrouble.describe(e));
            failures.incrementAndGet();
            progress.notSaved(card, FileTrouble.describe(e));
            return;
        }
        progress.graded(card, file);
        if (terminal != null) {
            synchronized (stdout) {
                if (progress.drawsBar() && !progress.finished()) {
                    stdout.print("\r\033[K"); // the bar is drawn again under the next line
                }
                stdout.println();
                stdout.print(terminal.render(card));
                stdout.flush();
            }
        }
    }

    /** The terminal report to print after each submission, or null, as --terminal-report and --color say. */
    private TerminalReport terminalReport(int submissions, GradingPlan plan) {
        boolean wanted = switch (terminalReport) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> submissions == 1;
        };
        boolean colour = switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
        return wanted && !quiet ? new TerminalReport(reveal, colour, guides(plan)) : null;
    }

    /** For each task of the plan, what to implement: the report names the next task not started. */
    private static Map<String, TerminalReport.Guide> guides(GradingPlan plan) {
        Map<String, TerminalReport.Guide> guides = new java.util.HashMap<>();
        for (Class<?> exercise : plan.exercises()) {
            tangent.course.Exercise about = exercise.getAnnotation(tangent.course.Exercise.class);
            if (about != null) {
                guides.put(about.lesson() + "." + about.task(), new TerminalReport.Guide(exercise.getName(), about.title(),
                        "src/main/java/" + tangent.grader.scaffold.StarterProject.starterClass(exercise)));
            }
        }
        return guides;
    }

    /** The per-submission outputs besides the scorecard. */
    private void writeReports(Scorecard card, String id) throws IOException {
        if (reports.contains(ReportFormat.GRADESCOPE)) {
            new GradescopeResults().write(card, out.resolve(id + ".gradescope.json"));
        }
        if (reports.contains(ReportFormat.JUNIT)) {
            new JunitXml().write(card, out.resolve(id + ".junit.xml"));
        }
        if (reports.contains(ReportFormat.MARKDOWN)) {
            new MarkdownReport(reveal).write(card, out.resolve(id + ".md"));
        }
        if (reports.contains(ReportFormat.HTML)) {
            new StudentPage(reveal).write(card, out.resolve(id + ".html"));
        }
    }

    /**
     * gradebook.csv and report.html from every scorecard in --out (this run's, kept ones, and any
     * graded there before), so they are never stale; a warning when those come from different runs.
     */
    private int writeBatchReports(ScorecardJson json, List<Handins.Handin> submissions, PrintWriter stdout,
            PrintWriter stderr) {
        SimilarityReport similarity = null;
        int failed = 0;
        if (reports.contains(ReportFormat.SIMILARITY)) {
            try {
                similarity = BatchSimilarity.compare(submissions, SimilarityOptions.defaults(), out);
                stdout.printf(Locale.ROOT, "Similarity: %d pair(s) of %d compared submission(s) at or above %.0f%%; "
                        + "see %s%n", similarity.pairs().size(), similarity.compared(), 100 * similarity.threshold(),
                        out.resolve(SimilarityCsv.FILE));
            } catch (IOException e) {
                stderr.println("tangent: the similarity comparison could not be made or written in " + out + ": "
                        + FileTrouble.describe(e));
                failed = 1;
            }
        } else if (reports.contains(ReportFormat.HTML)) {
            try {
                similarity = SimilarityJson.readIfPresent(out).orElse(null); // a `tangent similarity` made here before
            } catch (IOException e) {
                stderr.println("warning: " + out.resolve(SimilarityJson.FILE) + " cannot be read (" + FileTrouble.describe(e)
                        + "); report.html has no similarity section. Run `tangent similarity` again to make it.");
            }
        }
        return failed + writeBatchReports(json, similarity, stderr);
    }

    /**
     * One scorecard per submission for the batch's reports: a copy left beside a submission's own
     * {@code <id>.json} (renamed, from another run) is left out, with a warning, not counted twice.
     */
    private List<Scorecard> oneEach(Map<Path, Scorecard> found, PrintWriter stderr) {
        Map<String, Map.Entry<Path, Scorecard>> byId = new java.util.LinkedHashMap<>();
        for (Map.Entry<Path, Scorecard> entry : found.entrySet()) {
            String id = entry.getValue().submission().id();
            Map.Entry<Path, Scorecard> kept = byId.get(id);
            if (kept == null) {
                byId.put(id, entry);
                continue;
            }
            Map.Entry<Path, Scorecard> own = entry.getKey().getFileName().toString().equals(id + ".json") ? entry : kept;
            Map.Entry<Path, Scorecard> other = own == entry ? kept : entry;
            byId.put(id, own);
            stderr.println("warning: " + ScorecardJson.twoForOne(List.of(kept, entry)) + "; the batch's reports take "
                    + own.getKey().getFileName() + " and leave " + other.getKey().getFileName() + " out. Move it out of "
                    + out + ".");
        }
        return byId.values().stream().map(Map.Entry::getValue).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private int writeBatchReports(ScorecardJson json, SimilarityReport similarity, PrintWriter stderr) {
        List<Scorecard> cards;
        Map<Path, String> unreadable = new java.util.LinkedHashMap<>();
        try {
            cards = oneEach(json.readFolder(out, unreadable), stderr);
        } catch (IOException e) {
            stderr.println("tangent: cannot read the scorecards in " + out + " for the gradebook: " + FileTrouble.describe(e));
            return 1;
        }
        if (!unreadable.isEmpty()) {
            List<String> named = new ArrayList<>();
            unreadable.forEach((file, problem) -> named.add(file.getFileName() + " (" + problem + ")"));
            stderr.println("warning: " + unreadable.size() + " file(s) in " + out + " are not readable scorecards and "
                    + "are left out of the batch's reports: " + String.join("; ", named.subList(0, Math.min(3,
                    named.size()))) + (named.size() > 3 ? "; and " + (named.size() - 3) + " more" : "")
                    + ". Regrade those submissions, or move the files out of " + out + ".");
        }
        Map<RunKey, Integer> runs = new java.util.LinkedHashMap<>();
        cards.forEach(card -> runs.merge(RunKey.of(card), 1, Integer::sum));
        if (runs.size() > 1) {
            List<RunKey> keys = new ArrayList<>(runs.keySet());
            stderr.println("warning: the " + cards.size() + " scorecards in " + out + " come from " + runs.size()
                    + " different runs (" + String.join("; ", keys.get(0).differences(keys.get(1)))
                    + (runs.size() > 2 ? "; and more" : "") + "), so the gradebook mixes them. Grade each run into "
                    + "a folder of its own to keep them apart.");
        }
        try {
            if (reports.contains(ReportFormat.CSV)) {
                new Gradebook().write(cards, out.resolve("gradebook.csv"));
            }
            if (reports.contains(ReportFormat.HTML)) {
                new HtmlReport().write(cards, similarity, out.resolve("report.html"));
            }
            return lms.write(cards, out, reports, stderr);
        } catch (IOException e) {
            stderr.println("tangent: cannot write the batch's reports in " + out + ": " + FileTrouble.describe(e));
            return 1;
        }
    }
}
