package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same submission, seed and grader give the same scorecard, every field but durations, however
 * busy the machine: the second grading runs with every core kept busy by other processes. Verdicts
 * that once hung on the clock (CAS proofs, flagged numeric when they ran out of time) are the
 * ones at stake; the whole-course sample and Lesson 04's S(1 - S) forms exercise them.
 */
class DeterminismTest extends GradingTestBase {

    @Test
    void gradingAgainOnASaturatedMachineGivesTheSameScorecard() throws Exception {
        List<String> samples = List.of("sample-complete", "l04-correct");
        List<JsonNode> idle = new ArrayList<>();
        for (String sample : samples) {
            idle.add(withoutDurations(grade(sample)));
        }
        List<Process> busy = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(2, Runtime.getRuntime().availableProcessors()); i++) {
                busy.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            }
            for (int i = 0; i < samples.size(); i++) {
                JsonNode loaded = withoutDurations(grade(samples.get(i)));
                assertThat(loaded).as(samples.get(i) + " graded on a busy machine").isEqualTo(idle.get(i));
            }
        } finally {
            busy.forEach(Process::destroyForcibly);
        }
        // What was compared is real: a whole course of tests, with CAS proofs among them.
        assertThat(idle.get(0).get("tests")).hasSizeGreaterThan(200);
        assertThat(idle.get(0).get("status").asText()).isEqualTo("graded");
    }
}
