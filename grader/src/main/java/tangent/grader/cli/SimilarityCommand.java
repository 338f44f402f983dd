package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tangent.grader.intake.Handins;
import tangent.grader.intake.IntakeException;
import tangent.grader.io.FileTrouble;
import tangent.grader.report.HtmlReport;
import tangent.grader.report.SimilarityCsv;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;
import tangent.grader.similarity.SimilarityJson;
import tangent.grader.similarity.SimilarityOptions;
import tangent.grader.similarity.SimilarityReport;

/** {@code tangent similarity PATH...}: which submissions of a batch are alike, by JPlag. */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"Compares the submissions with JPlag and lists the pairs that are alike, the course's starter "
                + "code left out. Writes similarity.csv (every pair at or above --threshold), jplag.zip (JPlag's own "
                + "report, for its viewer), similarity.json, and report.html with a section of the top pairs and "
                + "their matched regions side by side (beside the gradebook when DIR holds scorecards).",
                "PATH is read as `tangent grade` reads it (the same submissions, ids and sources). A submission "
                        + "that cannot be read or does not parse is listed with the reason; the others are compared."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the comparison was written (whatever it found)",
                "1:it could not be made or written",
                "2:usage error (a wrong flag, a missing folder, an --out that cannot be written)"})
final class SimilarityCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Submission folders, or folders of them.")
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where the files go (default: ${DEFAULT-VALUE}, beside the scorecards).")
    private Path out;

    @Option(names = "--threshold", paramLabel = "S", defaultValue = "0.5",
            description = "List pairs whose similarity (the share of both submissions' code in matches, 0 to 1) is "
                    + "at least S (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--min-tokens", paramLabel = "N",
            description = "The shortest run of matching tokens that counts (default and least: JPlag's, 9 for "
                    + "Java). Higher ignores shorter shared fragments; lower is refused, as the starter would claim "
                    + "short runs of every submission and the scores would vary from run to run.")
    private Integer minimumTokens;

    @Option(names = "--min-matched", paramLabel = "N", defaultValue = "50",
            description = "List only pairs that share at least N matched tokens (default: ${DEFAULT-VALUE}, about a "
                    + "ten-line method): two one-method submissions are alike whoever wrote them.")
    private int minimumMatched;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "How many of the top pairs show their matched regions in report.html (default: ${DEFAULT-VALUE}).")
    private int show;

    @Option(names = "--depth", paramLabel = "N",
            description = "The submissions are exactly the folders N levels below each PATH, as for `tangent grade`.")
    private Integer depth;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SimilarityOptions options;
        try {
            options = new SimilarityOptions(threshold, minimumTokens, minimumMatched, show);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (depth != null && depth < 0) {
            throw usage("--depth must be 0 or more");
        }
        Handins.Found found;
        try {
            found = Handins.collect(paths, depth == null ? OptionalInt.empty() : OptionalInt.of(depth));
        } catch (IntakeException e) {
            throw usage(e.getMessage());
        }
        found.notices().forEach(n -> stderr.println("note: " + n));
        if (found.handins().size() < 2) {
            throw usage(found.handins().size() == 1 && paths.size() == 1 && found.handins().get(0).folder().equals(paths.get(0))
                    ? paths.get(0) + " is read as one submission (its sources start at its top, or it holds no folders); "
                            + "a comparison needs at least two: give the folder that holds the submissions, such as "
                            + "submissions/, or --depth 1 to take each folder in it as one"
                    : "found " + found.handins().size() + " submission(s) in " + paths + "; a comparison needs at least "
                            + "two: give a folder of submissions, such as submissions/");
        }
        OutputFolder.prepare(out, spec.commandLine(), "the comparison's files", "nothing was compared");
        String taken = BatchSimilarity.nameTaken(out);
        if (taken != null) {
            throw usage(taken);
        }
        stdout.printf(Locale.ROOT, "Comparing %d submission(s), the course's starter left out...%n", found.handins().size());
        stdout.flush();
        SimilarityReport report;
        try {
            report = BatchSimilarity.compare(found.handins(), options, out);
        } catch (IOException e) {
            stderr.println("tangent: the comparison could not be made or written in " + out + ": " + FileTrouble.describe(e));
            return 1;
        }
        int written = writeReport(report, stderr);
        print(report, stdout);
        return written;
    }

    /** report.html from the scorecards in --out, if any, and the comparison. */
    private int writeReport(SimilarityReport report, PrintWriter stderr) {
        Map<Path, String> unreadable = new LinkedHashMap<>();
        List<Scorecard> cards;
        try {
            cards = new ArrayList<>(new ScorecardJson().readFolder(out, unreadable).values());
        } catch (IOException e) {
            cards = List.of();
        }
        try {
            new HtmlReport().write(cards, report, out.resolve("report.html"));
            return 0;
        } catch (IOException e) {
            stderr.println("tangent: cannot write " + out.resolve("report.html") + ": " + FileTrouble.describe(e));
            return 1;
        }
    }

    private void print(SimilarityReport report, PrintWriter stdout) {
        stdout.printf(Locale.ROOT, "%s compared %d submission(s) (%d pairs) in %.1f s: %d pair(s) at or above %.0f%% "
                + "sharing at least %d tokens%s.%n", report.tool(), report.compared(), report.comparisons(),
                report.durationMs() / 1000.0, report.pairs().size(), 100 * report.threshold(), report.minimumMatched(),
                report.smallPairs() == 0 ? "" : " (" + report.smallPairs() + " more share fewer: too little code to tell)");
        int shown = Math.min(10, report.pairs().size());
        int width = report.pairs().stream().limit(shown).mapToInt(p -> p.first().length()).max().orElse(0);
        for (SimilarityReport.Pair pair : report.pairs().subList(0, shown)) {
            stdout.printf(Locale.ROOT, "  %3.0f%%  %-" + width + "s  %s  (%d tokens matched)%n", 100 * pair.similarity(),
                    pair.first(), pair.second(), pair.matchedTokens());
        }
        if (report.pairs().size() > shown) {
            stdout.println("  and " + (report.pairs().size() - shown) + " more in " + out.resolve(SimilarityCsv.FILE));
        }
        for (SimilarityReport.NotCompared skipped : report.notCompared()) {
            stdout.println("not compared: " + skipped.id() + ": " + skipped.reason());
        }
        stdout.println("Wrote " + out.resolve(SimilarityCsv.FILE) + ", " + out.resolve("report.html") + " (section "
                + "\"Similar submissions\"), " + out.resolve(SimilarityJson.FILE)
                + (report.compared() >= 2 ? " and " + out.resolve(BatchSimilarity.JPLAG_FILE) + " (open it in JPlag's "
                        + "report viewer)" : ""));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
