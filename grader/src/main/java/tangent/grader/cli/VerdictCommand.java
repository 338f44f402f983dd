package tangent.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tangent.grader.ci.Annotations;
import tangent.grader.ci.PassPolicy;
import tangent.grader.ci.StepSummary;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.ScorecardJson;

/**
 * {@code tangent verdict SCORECARD...}: a pull request's check from its scorecards: a line per
 * submission, GitHub annotations, a Markdown step summary, and an exit status by the policy.
 */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = {"Judges scorecards by a pass policy, for CI on pull requests: prints a line per submission "
                + "and exits 1 when one fails the policy.",
                "With --github it also prints GitHub Actions annotations (compile errors and exceptions at the "
                        + "student's file and line) and with --summary appends a Markdown summary in the student's "
                        + "view (hidden checks only as counts)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every submission passes the policy", "1:at least one does not",
                "2:usage error (a wrong policy, a missing or unreadable scorecard)"})
final class VerdictCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCORECARD",
            description = "Scorecards (<id>.json), or folders of them such as the --out of `tangent grade`.")
    private List<Path> paths;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "compiles",
            description = "When the check passes: none (always), compiles (unless a submission does not compile, is "
                    + "refused, implements nothing, or could not be graded), min-score=PERCENT (also unless each "
                    + "earns at least PERCENT of the points), all-pass (every test passes). Default: ${DEFAULT-VALUE}.")
    private String policyText;

    @Option(names = "--github", description = "Also print GitHub Actions ::error annotations.")
    private boolean github;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Append a Markdown summary to FILE (in GitHub Actions: \"$GITHUB_STEP_SUMMARY\").")
    private Path summary;

    @Option(names = "--repo-root", paramLabel = "DIR", defaultValue = ".",
            description = "Annotation paths are relative to DIR, the repository's root (default: the current folder).")
    private Path repoRoot;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PassPolicy policy;
        try {
            policy = PassPolicy.parse(policyText);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--policy: " + e.getMessage());
        }
        List<Scorecard> cards = read();
        PrintWriter out = spec.commandLine().getOut();
        if (github) {
            new Annotations(repoRoot).commands(cards).forEach(out::println);
        }
        int failing = 0;
        for (Scorecard card : cards) {
            String why = policy.failure(card);
            failing += why == null ? 0 : 1;
            out.printf(Locale.ROOT, "%s: %s / %s points, %s: %s%n", card.submission().id(), Points.show(card.score()),
                    Points.show(card.maxScore()), card.status().json(), why == null ? "passes" : "fails, " + why);
        }
        out.printf(Locale.ROOT, "Policy %s: %s%n", policy,
                failing == 0 ? "the check passes" : failing + " of " + cards.size() + " submission(s) fail it");
        out.flush();
        if (summary != null) {
            try {
                Files.writeString(summary, new StepSummary(policy).toMarkdown(cards) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                spec.commandLine().getErr().println("tangent: cannot append the summary to " + summary + ": " + e.getMessage());
                return 2;
            }
        }
        return failing == 0 ? 0 : 1;
    }

    private List<Scorecard> read() {
        ScorecardJson json = new ScorecardJson();
        List<java.util.Map.Entry<Path, Scorecard>> cards = new ArrayList<>();
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path)) {
                    java.util.Map<Path, String> unreadable = new java.util.LinkedHashMap<>();
                    cards.addAll(json.readFolder(path, unreadable).entrySet());
                    if (!unreadable.isEmpty()) { // a verdict that passed over a scorecard would not be the batch's
                        var first = unreadable.entrySet().iterator().next();
                        throw new CommandLine.ParameterException(spec.commandLine(), unreadable.size() + " file(s) in "
                                + path + " are not readable scorecards, the first " + first.getKey() + " ("
                                + first.getValue() + "): regrade, or move them out of the folder, before asking "
                                + "for a verdict");
                    }
                } else if (Files.isRegularFile(path)) {
                    cards.add(java.util.Map.entry(path, json.read(path)));
                } else {
                    throw new CommandLine.ParameterException(spec.commandLine(), path + " does not exist: give "
                            + "scorecards (<id>.json) or the folder `tangent grade --out` wrote them to");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof CommandLine.ParameterException p) {
                    throw p;
                }
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the scorecard " + path + ": "
                        + e.getMessage());
            }
        }
        if (cards.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no scorecards in " + paths
                    + ": did `tangent grade` run?");
        }
        String twice = ScorecardJson.twoForOne(cards);
        if (twice != null) { // judged twice, a submission would pass or fail the batch once too often
            throw new CommandLine.ParameterException(spec.commandLine(), twice + ": give each submission's scorecard "
                    + "once, and move copies out of the folder, before asking for a verdict");
        }
        return cards.stream().map(java.util.Map.Entry::getValue).toList();
    }

}
