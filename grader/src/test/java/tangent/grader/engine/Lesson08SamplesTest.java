package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/** End to end for Lesson 08: the reference, the samples, each to its exact Lesson 08 score. */
class Lesson08SamplesTest extends GradingTestBase {

    private static final String L08 = "L08";
    private static final double MAX = 42.0;

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L08)).isNotEmpty().allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L08)).isEqualTo(MAX);
        assertThat(score(card, L08)).isEqualTo(MAX);
    }
}
