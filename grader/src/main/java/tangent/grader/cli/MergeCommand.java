package tangent.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tangent.grader.report.Gradebook;
import tangent.grader.report.HtmlReport;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;

/** {@code tangent merge DIR...}: one gradebook from the scorecards of several shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combines the scorecards (<id>.json) in the given folders, such as the outputs of "
                + "`tangent grade --shard K/N` on several machines, into one gradebook.csv and report.html.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the gradebook was written", "1:it could not be written",
                "2:usage error (a missing folder, no scorecards, one submission in two folders)"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders holding scorecards.")
    private List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grades",
            description = "Where gradebook.csv goes (default: ${DEFAULT-VALUE}).")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScorecardJson json = new ScorecardJson();
        Map<String, Scorecard> byId = new TreeMap<>();
        Map<String, Path> from = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(spec.commandLine(), folder + " is not a folder of scorecards");
            }
            Map<Path, Scorecard> cards;
            try {
                cards = json.readFolder(folder);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + folder + ": " + e.getMessage());
            }
            for (Map.Entry<Path, Scorecard> entry : cards.entrySet()) {
                Path file = entry.getKey();
                Scorecard card = entry.getValue();
                Path earlier = from.put(card.submission().id(), file);
                if (earlier != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "submission " + card.submission().id()
                            + " has scorecards in two places (" + earlier + " and " + file + "): merge shards of one run");
                }
                byId.put(card.submission().id(), card);
            }
        }
        if (byId.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no scorecards found in " + folders);
        }
        Path file = out.resolve("gradebook.csv");
        try {
            new Gradebook().write(new ArrayList<>(byId.values()), file);
            new HtmlReport().write(new ArrayList<>(byId.values()), out.resolve("report.html"));
        } catch (IOException e) {
            spec.commandLine().getErr().println("tangent: cannot write the reports in " + out + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Merged " + byId.size() + " scorecards from " + folders.size()
                + " folder(s) into " + file + " and " + out.resolve("report.html"));
        return 0;
    }
}
