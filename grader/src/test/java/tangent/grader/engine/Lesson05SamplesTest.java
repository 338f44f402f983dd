package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/** End to end for Lesson 05: the reference and the samples, each to its exact Lesson 05 score. */
class Lesson05SamplesTest extends GradingTestBase {

    private static final String L05 = "L05";

    @Test
    void theReferenceScoresFullMarksOnLessonFive() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L05)).isNotEmpty().allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L05)).isEqualTo(maxScore(card, L05));
        lesson(card, L05).forEach(t -> System.out.println(t.id() + " " + t.durationMs() + " ms"));
    }
}
