package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tangent.grader.check.ExpressionCheck.Verdict;

/**
 * Runs the expression corpus ({@code expression-corpus.tsv}): equivalent forms, wrong forms, parse
 * traps and hostile inputs, each with the verdict, method and message it must get. Every case has
 * a generous wall-clock guard so that a hang shows up as a failure rather than a stuck build.
 */
class ExpressionCorpusTest {

    /** One line of the corpus. */
    record Case(int line, String mode, String[] vars, String[] constants, String domain, String expected, String answer,
            String verdict, String method, String contains) {

        @Override
        public String toString() {
            return "line " + line + ": " + mode + " " + expected + " <- " + answer;
        }
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ExpressionCorpusTest.class.getResourceAsStream("expression-corpus.tsv"), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException("corpus line " + number + " has " + f.length + " columns, not 9");
                }
                cases.add(new Case(number, f[0], names(f[1]), names(f[2]), f[3], f[4], f[5], f[6], f[7], f[8]));
            }
        }
        return cases;
    }

    private static String[] names(String field) {
        return field.isBlank() ? new String[0] : field.split(",");
    }

    static Verdict judge(Case c) throws InvalidAnswer {
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
            default -> throw new IllegalStateException("unknown mode " + c.mode());
        };
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGetsItsVerdict() throws IOException {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> judge(c));
            assertThat(verdict.kind().json()).as(c + " -> " + verdict.message()).isEqualTo(c.verdict());
            if (!c.method().isBlank()) {
                assertThat(verdict.method().json()).as(c + " -> " + verdict.message()).isEqualTo(c.method());
            }
            assertThat(verdict.message()).as(c.toString()).contains(c.contains());
        }));
    }

    @Test
    void theCorpusIsLargeAndCoversEveryVerdict() throws IOException {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases).extracting(Case::verdict).contains("correct", "wrong", "invalid");
        assertThat(cases).extracting(Case::mode).contains("equal", "anti", "list");
    }
}
