package tangent.grader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.ExpressionCheck.Verdict;
import tangent.grader.check.InvalidAnswer;
import tangent.grader.check.ListSyntax;

/**
 * The expression corpus: one check per line with the verdict it must get (see the header of
 * {@code expression-corpus.tsv} for the columns). Read by the corpus test and the benchmark.
 */
public final class ExpressionCorpus {

    private ExpressionCorpus() {
    }

    /** One line of the corpus. */
    public record Case(int line, String mode, String[] vars, String[] constants, String domain, String expected,
            String answer, String verdict, String method, String contains) {

        @Override
        public String toString() {
            return "line " + line + ": " + mode + " " + expected + " <- " + answer;
        }
    }

    public static List<Case> read(Reader reader) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IOException("corpus line " + number + " has " + f.length + " columns, not 9");
                }
                cases.add(new Case(number, f[0], names(f[1]), names(f[2]), f[3], f[4], f[5], f[6], f[7], f[8]));
            }
        }
        return cases;
    }

    /** Runs one case's check, seeded by its line number. */
    public static Verdict judge(Case c) throws InvalidAnswer {
        ExpressionCheck check = ExpressionCheck.in(c.vars()).withConstants(c.constants());
        if (!c.domain().isBlank()) {
            for (String d : c.domain().split(",")) {
                String[] nameRange = d.split("=");
                String[] ends = nameRange[1].split(":");
                check = check.withDomain(nameRange[0], Double.parseDouble(ends[0]), Double.parseDouble(ends[1]));
            }
        }
        SplittableRandom random = new SplittableRandom(c.line());
        return switch (c.mode()) {
            case "equal" -> check.compare(c.answer(), c.expected(), random);
            case "anti" -> check.compareAntiderivative(c.answer(), c.expected(), c.vars()[0], random);
            case "list" -> ListSyntax.isMatrix(c.expected())
                    ? check.compareMatrix(ListSyntax.matrix(c.answer()), ListSyntax.matrix(c.expected()), random)
                    : check.compareVector(ListSyntax.vector(c.answer()), ListSyntax.vector(c.expected()), random);
            default -> throw new IllegalArgumentException("unknown mode " + c.mode() + " on line " + c.line());
        };
    }

    private static String[] names(String field) {
        return field.isBlank() ? new String[0] : field.split(",");
    }
}
