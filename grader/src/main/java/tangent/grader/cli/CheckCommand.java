package tangent.grader.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import tangent.grader.check.ExpressionCheck.Verdict;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.InvalidAnswer;
import tangent.grader.check.ListSyntax;
import tangent.grader.io.Json;

/**
 * {@code tangent check}: compares one answer with one expected formula, as the suites do, and
 * prints the verdict as JSON. For instructors writing suites, and for checking the checker.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compares an answer with an expected formula and prints one JSON object: "
                + "verdict (correct, wrong, invalid), method (cas, numeric, counterexample, parse, shape), message.",
                "Vectors are written {a, b}, matrices {{a, b}, {c, d}}. Exits 0 whatever the verdict."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:a verdict was printed", "2:usage error (a flag, or an unreadable --expected)"})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--expected", required = true, paramLabel = "EXPR", description = "The right answer.")
    private String expected;

    @Option(names = "--answer", required = true, paramLabel = "EXPR", description = "The answer to judge.")
    private String answer;

    @Option(names = "--vars", split = ",", paramLabel = "VAR", defaultValue = "x",
            description = "Variables, such as --vars x,y (default: ${DEFAULT-VALUE}); the first is the variable of integration.")
    private List<String> variables;

    @Option(names = "--constants", split = ",", paramLabel = "NAME", description = "Named constants, such as --constants a,b.")
    private List<String> constants = new ArrayList<>();

    @Option(names = "--antiderivative", description = "The answer is an antiderivative of --expected, up to a constant.")
    private boolean antiderivative;

    @Option(names = "--domain", split = ",", paramLabel = "VAR=LOW:HIGH",
            description = "Where a name is sampled (default [-2, 2]), e.g. --domain x=0.1:3,y=-1:1")
    private List<String> domains = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the sampled points (default: 0).")
    private long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExpressionCheck check = ExpressionCheck.in(variables.toArray(String[]::new))
                .withConstants(constants.toArray(String[]::new));
        for (String domain : domains) {
            check = withDomain(check, domain);
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        Verdict verdict;
        try {
            // Whatever the CAS prints must not corrupt the one JSON object this command prints.
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            System.setOut(quiet);
            System.setErr(quiet);
            verdict = judge(check);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--expected: " + e.getMessage());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        ObjectNode json = Json.LINES.createObjectNode(); // one line on standard output
        json.put("verdict", verdict.kind().json());
        json.put("method", verdict.method().json());
        json.put("message", verdict.message());
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Verdict judge(ExpressionCheck check) {
        SplittableRandom random = new SplittableRandom(seed);
        try {
            if (ListSyntax.isMatrix(expected)) {
                return check.compareMatrix(ListSyntax.isList(answer) ? ListSyntax.matrix(answer) : null,
                        ListSyntax.matrix(expected), random);
            }
            if (ListSyntax.isList(expected)) {
                return check.compareVector(ListSyntax.isList(answer) ? ListSyntax.vector(answer) : null,
                        ListSyntax.vector(expected), random);
            }
        } catch (InvalidAnswer e) {
            return new Verdict(ExpressionCheck.Kind.INVALID, ExpressionCheck.Method.PARSE, e.getMessage(), List.of());
        }
        if (antiderivative) {
            return check.compareAntiderivative(answer, expected, variables.get(0), random);
        }
        return check.compare(answer, expected, random);
    }

    private ExpressionCheck withDomain(ExpressionCheck check, String domain) {
        String[] nameAndRange = domain.split("=", 2);
        String[] ends = nameAndRange.length == 2 ? nameAndRange[1].split(":", 2) : new String[0];
        try {
            if (ends.length == 2) {
                return check.withDomain(nameAndRange[0].strip(), Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--domain " + domain
                + ": write NAME=LOW:HIGH with LOW < HIGH, for example x=0.1:3");
    }
}
