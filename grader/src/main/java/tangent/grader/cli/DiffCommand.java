package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tangent.grader.io.FileTrouble;
import tangent.grader.regrade.Regrade;
import tangent.grader.regrade.Regrade.Direction;
import tangent.grader.regrade.Regrade.StudentChange;
import tangent.grader.regrade.Regrade.TestChange;
import tangent.grader.report.RegradeReport;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;

/** {@code tangent diff OLD NEW}: whose grade a regrade changed, and why. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two folders of scorecards of one batch (graded before and after a suite was fixed, "
                + "say): per submission the score before and after and each test whose status or points changed, with "
                + "both messages; how many went up, down or stayed. Writes diff.md, diff.csv (a row per submission) and "
                + "diff-tests.csv (a row per changed test) in --out. Hidden tests are named: it is for instructors.",
                "Refuses runs that cannot be compared, writing nothing: another seed (the random inputs differ), "
                        + "another scope or set of tasks, folders that each mix runs, or no submission in common; "
                        + "--allow-mixed compares them anyway. Regrade with the first run's --seed to compare."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the differences were written (whatever they are)", "1:they could not be written",
                "2:refused, nothing written: a missing folder, no scorecards, a *.json that is not a readable scorecard, "
                        + "or runs that cannot be compared (without --allow-mixed)"})
final class DiffCommand implements Callable<Integer> {

    /** Submissions whose changes are printed in full; the rest are in the files. */
    private static final int PRINTED = 20;

    @Parameters(index = "0", paramLabel = "OLD", description = "The first run's scorecards.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The regrade's scorecards.")
    private Path after;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "diff",
            description = "Where diff.md, diff.csv and diff-tests.csv go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--allow-mixed",
            description = "Compare runs that cannot be compared (another seed, scope or set of tasks, or folders "
                    + "that mix runs) anyway, with a warning, instead of refusing.")
    private boolean allowMixed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (before.toAbsolutePath().normalize().equals(after.toAbsolutePath().normalize()) || sameFolder(before, after)) {
            throw usage("OLD and NEW are the same folder (" + before + "): give the first run's scorecards and the "
                    + "regrade's, graded into two folders");
        }
        Map<String, Scorecard> old = read(before, "OLD", stderr);
        Map<String, Scorecard> now = read(after, "NEW", stderr);
        Regrade regrade = Regrade.of(old, now);
        if (!regrade.incomparable().isEmpty()) {
            String why = "the two runs cannot be compared: " + String.join("; and ", regrade.incomparable());
            if (!allowMixed) {
                throw usage(why + ". Pass --allow-mixed to compare them anyway; nothing was written");
            }
            stderr.println("warning: --allow-mixed: " + why);
        }
        OutputFolder.prepare(out, spec.commandLine(), "the diff's files", "nothing was compared");
        try {
            new RegradeReport(before.toString(), after.toString()).write(regrade, out);
        } catch (IOException e) {
            stderr.println("tangent: cannot write the differences in " + out + ": " + FileTrouble.describe(e));
            return 1;
        }
        print(regrade, stdout);
        return 0;
    }

    /** Whether the two name one folder, through a link or another spelling. */
    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isDirectory(a) && Files.isDirectory(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A folder's scorecards by id; refuses what merge refuses: unreadable files, mixed runs. */
    private Map<String, Scorecard> read(Path folder, String which, PrintWriter stderr) {
        if (!Files.isDirectory(folder)) {
            throw usage(which + " " + folder + (Files.exists(folder) ? " is a file" : " does not exist")
                    + ": give a folder of scorecards, such as the --out of `tangent grade`");
        }
        Map<Path, String> unreadable = new LinkedHashMap<>();
        Map<Path, Scorecard> cards;
        try {
            cards = new ScorecardJson().readFolder(folder, unreadable);
        } catch (IOException e) {
            throw usage("cannot read " + folder + ": " + FileTrouble.describe(e));
        }
        if (!unreadable.isEmpty()) {
            List<String> named = new ArrayList<>();
            unreadable.forEach((file, problem) -> named.add(file + " (" + problem + ")"));
            throw usage(named.size() + " file(s) in " + folder + " are not readable scorecards, so their submissions' "
                    + "changes would go unseen: " + String.join("; ", named.subList(0, Math.min(3, named.size())))
                    + (named.size() > 3 ? "; ..." : "") + ". Regrade them or move them out; nothing was written");
        }
        if (cards.isEmpty()) {
            throw usage("no scorecards (<id>.json) in " + folder);
        }
        String twice = ScorecardJson.twoForOne(cards.entrySet());
        if (twice != null) {
            throw usage("in " + folder + ", " + twice + ", so which one is the run's cannot be told. Move the copy "
                    + "out; nothing was written");
        }
        String mixed = MixedRuns.describe(new ArrayList<>(cards.entrySet()));
        if (mixed != null) {
            if (!allowMixed) {
                throw usage("in " + folder + ", " + mixed + ". Compare folders that each hold one run, or pass "
                        + "--allow-mixed; nothing was written");
            }
            stderr.println("warning: --allow-mixed: in " + folder + ", " + mixed);
        }
        Map<String, Scorecard> byId = new TreeMap<>();
        cards.values().forEach(card -> byId.put(card.submission().id(), card));
        return byId;
    }

    private void print(Regrade regrade, PrintWriter stdout) {
        stdout.println(RegradeReport.summary(regrade) + (regrade.onlyBefore().isEmpty() ? "" : "; only in " + before + ": "
                + regrade.onlyBefore().size()) + (regrade.onlyAfter().isEmpty() ? "" : "; only in " + after + ": "
                + regrade.onlyAfter().size()) + ".");
        if (!regrade.runChanges().isEmpty()) {
            stdout.println("The runs differ in: " + String.join("; ", regrade.runChanges().stream()
                    .map(d -> d.what() + " " + d.ours() + " -> " + d.theirs()).toList()) + ".");
        }
        List<StudentChange> changed = regrade.students().stream()
                .filter(s -> s.direction() != Direction.UNCHANGED || !s.tests().isEmpty()).toList();
        int width = changed.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (StudentChange s : changed.subList(0, Math.min(PRINTED, changed.size()))) {
            stdout.printf("  %-" + width + "s  %s -> %s  (%s)%s%n", s.id(), Points.show(s.scoreBefore()),
                    Points.show(s.scoreAfter()), signedOrSame(s.change()), s.sourcesChanged() ? "  sources changed" : "");
            for (TestChange t : s.tests()) {
                stdout.println("      " + t.id() + ": " + status(t.statusBefore()) + " -> " + status(t.statusAfter()));
            }
        }
        if (changed.size() > PRINTED) {
            stdout.println("  and " + (changed.size() - PRINTED) + " more submissions with changes in " + out.resolve(RegradeReport.MARKDOWN));
        }
        stdout.println("Wrote " + out.resolve(RegradeReport.MARKDOWN) + " (with both messages of every changed test), "
                + out.resolve(RegradeReport.STUDENTS_CSV) + " and " + out.resolve(RegradeReport.TESTS_CSV));
    }

    private static String signedOrSame(double change) {
        return change == 0 ? "same" : (change > 0 ? "+" : "") + Points.show(change);
    }

    private static String status(tangent.grader.score.TestStatus status) {
        return status == null ? "absent" : status.json();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
