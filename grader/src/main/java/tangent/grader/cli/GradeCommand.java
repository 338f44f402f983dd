package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tangent.grader.engine.Grader;
import tangent.grader.intake.Intake;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerFailure;
import tangent.grader.run.WorkerSettings;
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

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!(testTimeout > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--test-timeout must be a positive number of seconds");
        }
        List<Path> submissions = submissions();
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        Course course;
        GradingPlan plan;
        try {
            course = Course.load();
            plan = new Planner(course).plan();
        } catch (RuntimeException e) {
            stderr.println("tangent: the grader's suites cannot be planned, so nothing was graded: " + e.getMessage());
            return 1;
        }
        WorkerSettings settings = WorkerSettings.defaults()
                .withTestTimeout(Duration.ofMillis(Math.round(testTimeout * 1000)));
        stdout.printf(Locale.ROOT, "Grading %d submission(s) against %d tests (%s points), seed %d%n",
                submissions.size(), plan.tests().size(), points(plan.maxScore()), runSeed);
        stdout.flush();
        ScorecardJson json = new ScorecardJson();
        long start = System.nanoTime();
        int failures = 0;
        try (Grader grader = new Grader(course, plan, settings)) {
            for (Path submission : submissions) {
                Scorecard card;
                try {
                    card = grader.grade(submission, runSeed);
                } catch (RuntimeException e) {
                    // A grader bug on one submission must not cost the others their grades.
                    stderr.println("tangent: grading " + submission + " failed inside the grader (" + e
                            + "); no scorecard for it, the others go on. Please report this.");
                    failures++;
                    continue;
                }
                Path file = out.resolve(card.submission().id() + ".json");
                try {
                    json.write(card, file);
                } catch (IOException e) {
                    stderr.println("cannot write " + file + ": " + e.getMessage());
                    failures++;
                }
                stdout.println(line(card, file));
                stdout.flush();
            }
        } catch (WorkerFailure e) {
            stderr.println("tangent: " + e.getMessage());
            return 1;
        }
        stdout.printf(Locale.ROOT, "Done in %.1f s; scorecards in %s%n", (System.nanoTime() - start) / 1e9, out);
        return failures == 0 ? 0 : 1;
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
                if (Intake.isSubmission(path)) {
                    found.add(path);
                } else {
                    try (Stream<Path> children = Files.list(path)) {
                        List<Path> folders = children.filter(Files::isDirectory)
                                .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
                        if (folders.isEmpty()) {
                            throw new CommandLine.ParameterException(spec.commandLine(), path + " holds no Java sources "
                                    + "and no submission folders");
                        }
                        found.addAll(folders);
                    }
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

    private static String line(Scorecard card, Path file) {
        List<String> problems = new ArrayList<>();
        for (TestStatus status : new TestStatus[] {TestStatus.FAILED, TestStatus.ERROR, TestStatus.TIMEOUT, TestStatus.NOT_RUN}) {
            long n = card.count(status);
            if (n > 0) {
                problems.add(n + " " + status.json());
            }
        }
        return String.format(Locale.ROOT, "  %-24s %-17s %6s / %-6s %-30s -> %s", card.submission().id(),
                card.status().json(), points(card.score()), points(card.maxScore()),
                problems.isEmpty() ? "" : "(" + String.join(", ", problems) + ")", file);
    }

    static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
