package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/** End to end for Lesson 07: the reference and the samples, each to its exact score. */
class Lesson07SamplesTest extends GradingTestBase {

    private static final String L07 = "L07";

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L07)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        lesson(card, L07).forEach(t -> System.out.println(t.id() + " " + t.durationMs() + " ms"));
        assertThat(score(card, L07)).isEqualTo(maxScore(card, L07));
    }
}
