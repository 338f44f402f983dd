package tangent.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tangent.grader.io.FileTrouble;
import tangent.grader.report.Gradebook;
import tangent.grader.report.HtmlReport;
import tangent.grader.report.ReportFormat;
import tangent.grader.score.RunKey;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;

/**
 * {@code tangent merge DIR...}: one gradebook from the scorecards of several shards. It refuses,
 * writing nothing, when a {@code *.json} there is not a readable scorecard (it would otherwise
 * go missing from the gradebook without a word) and when the scorecards come from runs that are
 * not comparable ({@link RunKey}: another seed, scope, maximum score, grader or suites), unless
 * {@code --allow-mixed}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combines the scorecards (<id>.json) in the given folders, such as the outputs of "
                + "`tangent grade --shard K/N` on several machines, into one gradebook.csv and report.html.",
                "All scorecards must come from one run: the same seed, scope, maximum score, grader version and "
                + "suites. Every other *.json file in the folders (but Gradescope's <id>.gradescope.json) must be "
                + "a readable scorecard, else nothing is merged."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the gradebook was written", "1:it could not be written",
                "2:refused, nothing written: a missing folder, no scorecards, a *.json that is not a readable "
                        + "scorecard, one submission in two folders, or scorecards from runs that do not belong "
                        + "together (without --allow-mixed)"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders holding scorecards.")
    private List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where gradebook.csv goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--allow-mixed",
            description = "Merge scorecards of runs that do not belong together (another seed, scope, maximum "
                    + "score, grader version or suites) anyway, with a warning, instead of refusing.")
    private boolean allowMixed;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Also write canvas.csv and/or moodle.csv (canvas, moodle; with --roster) beside "
                    + "gradebook.csv and report.html.")
    private List<String> formats = new ArrayList<>();

    @CommandLine.Mixin
    private LmsOptions lms;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.util.Set<ReportFormat> lmsFormats = java.util.EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            ReportFormat format;
            try {
                format = ReportFormat.parse(name);
            } catch (IllegalArgumentException e) {
                throw usage("--format: " + e.getMessage());
            }
            if (format != ReportFormat.CANVAS && format != ReportFormat.MOODLE) {
                throw usage("--format " + name + ": merge writes gradebook.csv and report.html always, and canvas "
                        + "or moodle besides");
            }
            lmsFormats.add(format);
        }
        lms.prepare(lmsFormats, spec.commandLine());
        ScorecardJson json = new ScorecardJson();
        // a list, not a map by file: a folder given twice must show its submissions in two places
        List<Map.Entry<Path, Scorecard>> cards = new ArrayList<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw usage(folder + " is not a folder of scorecards");
            }
            try {
                cards.addAll(json.readFolder(folder, unreadable).entrySet());
            } catch (IOException e) {
                throw usage("cannot read " + folder + ": " + FileTrouble.describe(e));
            }
        }
        if (!unreadable.isEmpty()) {
            List<String> named = new ArrayList<>();
            unreadable.forEach((file, problem) -> named.add(file + " (" + problem + ")"));
            throw usage(unreadable.size() == 1
                    ? "cannot merge: " + named.get(0) + " is not a readable " + Scorecard.SCHEMA + " scorecard, and "
                            + "its submission would be missing from the gradebook. Regrade it, or move the file out "
                            + "of the folder; nothing was written"
                    : "cannot merge: " + unreadable.size() + " files are not readable " + Scorecard.SCHEMA
                            + " scorecards, and their submissions would be missing from the gradebook: "
                            + String.join("; ", named) + ". Regrade them, or move the files out of the folders; "
                            + "nothing was written");
        }

        String twice = ScorecardJson.twoForOne(cards);
        if (twice != null) {
            throw usage(twice + ": merge shards of one run, each submission graded once; nothing was written");
        }
        Map<String, Scorecard> byId = new TreeMap<>();
        cards.forEach(entry -> byId.put(entry.getValue().submission().id(), entry.getValue()));
        if (byId.isEmpty()) {
            throw usage("no scorecards found in " + folders);
        }

        String mixed = MixedRuns.describe(cards);
        if (mixed != null) {
            if (!allowMixed) {
                throw usage(mixed + ". Merge shards of one run, or pass --allow-mixed to combine them anyway; "
                        + "nothing was written");
            }
            spec.commandLine().getErr().println("warning: --allow-mixed: " + mixed
                    + "; the gradebook mixes them, and their scores are not comparable");
        }

        Path file = out.resolve("gradebook.csv");
        try {
            new Gradebook().write(new ArrayList<>(byId.values()), file);
            new HtmlReport().write(new ArrayList<>(byId.values()), similarityIn(out), out.resolve("report.html"));
        } catch (IOException e) {
            spec.commandLine().getErr().println("tangent: cannot write the reports in " + out + ": " + e.getMessage());
            return 1;
        }
        if (lms.write(new ArrayList<>(byId.values()), out, lmsFormats, spec.commandLine().getErr()) != 0) {
            return 1;
        }
        spec.commandLine().getOut().println("Merged " + byId.size() + " scorecards from " + folders.size()
                + " folder(s) into " + file + " and " + out.resolve("report.html"));
        return 0;
    }

    /** The comparison a `tangent similarity` left in the folder, for report.html's section; null if none is readable. */
    private tangent.grader.similarity.SimilarityReport similarityIn(Path folder) {
        try {
            return tangent.grader.similarity.SimilarityJson.readIfPresent(folder).orElse(null);
        } catch (IOException e) {
            spec.commandLine().getErr().println("warning: " + folder.resolve(tangent.grader.similarity.SimilarityJson.FILE)
                    + " cannot be read (" + FileTrouble.describe(e) + "); report.html has no similarity section");
            return null;
        }
    }


    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
