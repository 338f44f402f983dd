package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/** End to end for Lesson 02: the reference, the samples, each to its exact Lesson 02 score. */
class Lesson02SamplesTest extends GradingTestBase {

    private static final String L02 = "L02";
    private static final double MAX = 59.0;

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L02)).isNotEmpty().allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L02)).isEqualTo(MAX);
        assertThat(score(card, L02)).isEqualTo(MAX);
    }
}
