package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/** End to end for Lesson 06: the reference and the samples, each to its exact score. */
class Lesson06SamplesTest extends GradingTestBase {

    private static final String L06 = "L06";

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L06)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        lesson(card, L06).forEach(t -> System.out.println(t.id() + " " + t.durationMs() + " ms"));
        assertThat(score(card, L06)).isEqualTo(maxScore(card, L06));
    }
}
