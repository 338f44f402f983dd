package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tangent.grader.engine.Grader;
import tangent.grader.intake.Intake;
import tangent.grader.intake.IntakeException;
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
import tangent.grader.report.StudentPage;
import tangent.grader.report.TerminalReport;
import tangent.grader.run.WorkerFailure;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.score.TestStatus;

/** {@code tangent grade PATH...}: grades submissions and writes a scorecard for each. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades submission folders and writes DIR/<id>.json for each.",
                "PATH is one submission folder (Java sources inside, or src/main/java, or a pom.xml) "
                        + "or a folder whose subfolders are submissions."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:grading ran (whatever the scores)", "1:the grader itself failed",
                "2:usage error (a wrong flag, a missing folder)"})
final class GradeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Submission folders, or folders of them.")
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where scorecards go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for all random test inputs; default: a fresh one, printed and recorded in each "
                    + "scorecard. Give a scorecard's seed to rerun exactly the same checks.")
    private Long seed;

    @Option(names = "--test-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Wall-clock limit of one test (default: ${DEFAULT-VALUE}).")
    private double testTimeout;

    @Option(names = "--submission-budget", paramLabel = "SECONDS", defaultValue = "300",
            description = "Wall-clock limit of all of one submission's tests; tests not reached are not_run "
                    + "(default: ${DEFAULT-VALUE}).")
    private double submissionBudget;

    @Option(names = "--compile-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall-clock limit of compiling one submission (default: ${DEFAULT-VALUE}).")
    private double compileBudget;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Submissions graded at once, each in a worker JVM of its own (default: the number of cores).")
    private Integer jobs;

    @Option(names = "--format", split = ",", paramLabel = "LIST", defaultValue = "json",
            description = "Outputs besides the scorecard DIR/<id>.json (always written): gradescope (<id>.gradescope.json), "
                    + "junit (<id>.junit.xml), markdown (<id>.md, the student's view), csv (gradebook.csv for the batch) and "
                    + "html (<id>.html, the student's view with plots, and report.html for the batch).")
    private List<String> formats;

    @Option(names = "--reveal",
            description = "Show hidden and not-yet-due checks in full in the Markdown, HTML and terminal reports (an instructor's view).")
    private boolean reveal;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Grade only shard K of N (1 <= K <= N): the submissions whose id hashes to K, the same "
                    + "on every machine. Combine the shards' scorecards with `tangent merge`.")
    private String shard;

    @Option(names = "--lessons", split = ",", paramLabel = "L01,L03",
            description = "Grade only these lessons (for a student halfway through the course); the scorecard says "
                    + "which lessons were left out.")
    private List<String> lessons = new ArrayList<>();

    @Option(names = "--public-only",
            description = "Run only the visible tests: what a student can run without the hidden suites.")
    private boolean publicOnly;

    @Option(names = "--quiet", description = "Print only the summary, not a line per submission.")
    private boolean quiet;

    @Option(names = "--terminal-report", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Print each graded submission's report (points per lesson and task, the visible checks "
                    + "that did not pass, with their messages): always, never, or when grading one submission (auto, "
                    + "the default). Not with --quiet.")
    private String terminalReport;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour in the terminal report: always, never, or on a terminal unless NO_COLOR is set "
                    + "(auto, the default).")
    private String color;

    @Option(names = "--progress", paramLabel = "auto|bar|lines", defaultValue = "auto",
            description = "A progress bar under the lines (bar), numbered lines only (lines), or a bar when the "
                    + "output is a terminal (auto, the default).")
    private String progressStyle;

    @Option(names = "--resume",
            description = "Skip submissions whose scorecard in --out was made from the same sources, by the same grader "
                    + "and suites, with the same seed (without --seed, the seed of the scorecards already there).")
    private boolean resume;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Set<ReportFormat> reports = EnumSet.of(ReportFormat.JSON);
    private int total;
    private int done;
    private boolean bar;
    private TerminalReport terminal;
    private GradingPlan.Scope scope;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!(testTimeout > 0) || !(submissionBudget > 0) || !(compileBudget > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--test-timeout, --submission-budget and --compile-budget must be positive numbers of seconds");
        }
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (parallel < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        Set<ReportFormat> wanted = EnumSet.noneOf(ReportFormat.class);
        try {
            formats.forEach(f -> wanted.add(ReportFormat.parse(f)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        this.reports = wanted;
        List<Path> submissions = Shard.parse(shard, spec.commandLine()).select(submissions());
        total = submissions.size();
        bar = switch (progressStyle) {
            case "bar" -> true;
            case "lines" -> false;
            case "auto" -> System.console() != null;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--progress " + progressStyle + ": use auto, bar or lines");
        };
        this.terminal = terminalReport(submissions.size());
        if (submissions.isEmpty()) {
            stdout.println("Shard " + shard + " holds none of these submissions; nothing to grade.");
            return 0;
        }
        ScorecardJson json = new ScorecardJson();
        long runSeed = seed != null ? seed : resume ? seedToResume(submissions, json) : new SecureRandom().nextLong();
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
            plan = plan.narrowed(new java.util.LinkedHashSet<>(lessons.stream().map(String::strip)
                    .map(l -> l.toUpperCase(Locale.ROOT)).toList()), publicOnly);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lessons: " + e.getMessage());
        }
        this.scope = plan.scope().isWhole() ? null : plan.scope();
        WorkerSettings settings = WorkerSettings.defaults()
                .withTestTimeout(Duration.ofMillis(Math.round(testTimeout * 1000)))
                .withSubmissionBudget(Duration.ofMillis(Math.round(submissionBudget * 1000)));
        stdout.printf(Locale.ROOT, "Grading %d submission(s) against %d tests (%s points), seed %d, %d at a time%n",
                submissions.size(), plan.tests().size(), Points.show(plan.maxScore()), runSeed, parallel);
        stdout.flush();
        long start = System.nanoTime();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> workerFailure = new AtomicReference<>();
        try (Grader grader = new Grader(course, plan, settings, Math.min(parallel, Math.max(1, submissions.size())),
                Duration.ofMillis(Math.round(compileBudget * 1000)))) {
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            List<Future<?>> pending = new ArrayList<>();
            for (Path submission : submissions) {
                pending.add(pool.submit(() -> gradeOne(grader, submission, runSeed, json, stdout, stderr, failures,
                        workerFailure)));
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
            return 1;
        }
        if (reports.contains(ReportFormat.CSV) || reports.contains(ReportFormat.HTML)) {
            failures.addAndGet(writeBatchReports(submissions, json, stderr));
        }
        stdout.printf(Locale.ROOT, "Done in %.1f s; scorecards in %s%n", (System.nanoTime() - start) / 1e9, out);
        return failures.get() == 0 ? 0 : 1;
    }

    /** Grades one submission and writes its scorecard; a failure here never stops the others. */
    private void gradeOne(Grader grader, Path submission, long runSeed, ScorecardJson json, PrintWriter stdout,
            PrintWriter stderr, AtomicInteger failures, AtomicReference<String> workerFailure) {
        if (workerFailure.get() != null) {
            return; // no worker JVM can start: do not try each remaining submission in turn
        }
        String id = submission.toAbsolutePath().normalize().getFileName().toString();
        Path file = out.resolve(id + ".json");
        if (resume && alreadyGraded(grader, submission, file, runSeed, json)) {
            progress(stdout, String.format(Locale.ROOT, "  %-24s %-17s -> %s", id, "unchanged, kept", file));
            return;
        }
        Scorecard card;
        try {
            card = grader.grade(submission, runSeed);
        } catch (WorkerFailure e) {
            workerFailure.compareAndSet(null, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A grader bug on one submission must not cost the others their grades.
            stderr.println("tangent: grading " + submission + " failed inside the grader (" + e
                    + "); no scorecard for it, the others go on. Please report this.");
            failures.incrementAndGet();
            return;
        }
        try {
            json.write(card, file);
            writeReports(card, id);
        } catch (IOException e) {
            stderr.println("cannot write the reports of " + id + " in " + out + ": " + e.getMessage());
            failures.incrementAndGet();
        }
        progress(stdout, line(card, file));
        if (terminal != null) {
            synchronized (stdout) {
                if (bar && done < total) {
                    stdout.print("\r\033[K"); // the bar is drawn again under the next line
                }
                stdout.println();
                stdout.print(terminal.render(card));
                stdout.flush();
            }
        }
    }

    /** The terminal report to print after each submission, or null, as --terminal-report and --color say. */
    private TerminalReport terminalReport(int submissions) {
        boolean wanted = switch (terminalReport) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> submissions == 1;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--terminal-report " + terminalReport + ": use auto, always or never");
        };
        boolean colour = switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--color " + color + ": use auto, always or never");
        };
        return wanted && !quiet ? new TerminalReport(reveal, colour) : null;
    }

    /** One line per submission, numbered, unless --quiet; on a terminal a bar below them is redrawn. */
    private void progress(PrintWriter stdout, String line) {
        synchronized (stdout) {
            done++;
            if (quiet) {
                return;
            }
            if (bar) {
                stdout.print("\r\033[K"); // clear the bar before the line that pushes it down
            }
            stdout.println(String.format(Locale.ROOT, "[%d/%d]", done, total) + line);
            if (bar && done < total) {
                int width = 30;
                int filled = width * done / total;
                stdout.print("[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total);
            }
            stdout.flush();
        }
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

    /** gradebook.csv and report.html from the scorecards of this batch in --out (kept ones included). */
    private int writeBatchReports(List<Path> submissions, ScorecardJson json, PrintWriter stderr) {
        List<Scorecard> cards = new ArrayList<>();
        for (Path submission : submissions) {
            Path file = out.resolve(submission.toAbsolutePath().normalize().getFileName() + ".json");
            try {
                if (Files.isRegularFile(file)) {
                    cards.add(json.read(file));
                }
            } catch (IOException e) {
                stderr.println("cannot read " + file + " for the gradebook: " + e.getMessage());
            }
        }
        try {
            if (reports.contains(ReportFormat.CSV)) {
                new Gradebook().write(cards, out.resolve("gradebook.csv"));
            }
            if (reports.contains(ReportFormat.HTML)) {
                new HtmlReport().write(cards, out.resolve("report.html"));
            }
            return 0;
        } catch (IOException e) {
            stderr.println("cannot write the batch's reports in " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** Whether the scorecard on disk is for these very sources, this grader and this seed. */
    private boolean alreadyGraded(Grader grader, Path submission, Path file, long runSeed, ScorecardJson json) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            Scorecard old = json.read(file);
            String hash = new Intake().read(submission).sha256();
            return old.seed() == runSeed && hash.equals(old.submission().sha256())
                    && grader.graderInfo().equals(old.grader()) && java.util.Objects.equals(old.scope(), scope);
        } catch (IOException | IntakeException | RuntimeException e) {
            return false; // unreadable or from another format: grade again
        }
    }

    /** The seed the scorecards in --out share, so --resume without --seed continues the same run. */
    private long seedToResume(List<Path> submissions, ScorecardJson json) {
        java.util.Set<Long> seeds = new java.util.TreeSet<>();
        for (Path submission : submissions) {
            Path file = out.resolve(submission.toAbsolutePath().normalize().getFileName() + ".json");
            if (Files.isRegularFile(file)) {
                try {
                    seeds.add(json.read(file).seed());
                } catch (IOException | RuntimeException e) {
                    // not a scorecard we can read: it will be regraded
                }
            }
        }
        if (seeds.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume: the scorecards in " + out
                    + " were made with different seeds " + seeds + "; say which with --seed");
        }
        return seeds.isEmpty() ? new SecureRandom().nextLong() : seeds.iterator().next();
    }

    /** The submission folders the paths name, checked before anything is graded. */
    private List<Path> submissions() {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), path + " is not a folder: give a submission "
                        + "folder or a folder of submission folders, such as submissions/");
            }
            try {
                int before = found.size();
                collect(path, found);
                if (found.size() == before) {
                    throw new CommandLine.ParameterException(spec.commandLine(), path + " holds no Java sources "
                            + "and no submission folders");
                }
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + path + ": " + e.getMessage());
            }
        }
        Map<String, Path> byId = new HashMap<>();
        for (Path submission : found) {
            String id = submission.toAbsolutePath().normalize().getFileName().toString();
            Path other = byId.put(id, submission);
            if (other != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "two submissions are named " + id + " ("
                        + other + " and " + submission + "): their scorecards would overwrite each other");
            }
        }
        return found;
    }

    /**
     * A submission folder is taken as it is; any other folder is a folder of submissions (or of
     * folders of them, such as submissions/hostile/), read in name order, hidden folders skipped.
     */
    private static void collect(Path folder, List<Path> found) throws IOException {
        if (Intake.isSubmission(folder)) {
            found.add(folder);
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                collect(child, found);
            }
        }
    }

    private static String line(Scorecard card, Path file) {
        List<String> problems = new ArrayList<>();
        for (TestStatus status : new TestStatus[] {TestStatus.FAILED, TestStatus.ERROR, TestStatus.TIMEOUT, TestStatus.NOT_RUN}) {
            long n = card.count(status);
            if (n > 0) {
                problems.add(n + " " + status.json());
            }
        }
        return String.format(Locale.ROOT, "  %-24s %-17s %6s / %-6s %-30s -> %s", card.submission().id(),
                card.status().json(), Points.show(card.score()), Points.show(card.maxScore()),
                problems.isEmpty() ? "" : "(" + String.join(", ", problems) + ")", file);
    }
}
