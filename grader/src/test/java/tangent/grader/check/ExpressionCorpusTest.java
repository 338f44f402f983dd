package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tangent.grader.bench.ExpressionCorpus;
import tangent.grader.bench.ExpressionCorpus.Case;
import tangent.grader.check.ExpressionCheck.Verdict;

/**
 * Runs the expression corpus ({@code expression-corpus.tsv}): equivalent forms, wrong forms, parse
 * traps and hostile inputs, each with the verdict, method and message it must get. Every case has
 * a generous wall-clock guard so that a hang shows up as a failure rather than a stuck build.
 */
class ExpressionCorpusTest {

    static List<Case> corpus() throws IOException {
        return ExpressionCorpus.read(new InputStreamReader(
                ExpressionCorpusTest.class.getResourceAsStream("expression-corpus.tsv"), StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGetsItsVerdict() throws IOException {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ExpressionCorpus.judge(c));
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
