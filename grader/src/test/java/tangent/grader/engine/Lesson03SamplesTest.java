package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.TheCourse;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 03: the reference and the correct samples score full marks; each mistake
 * sample loses exactly the tests its mistake touches, and is told why.
 */
class Lesson03SamplesTest extends GradingTestBase {

    private static final String L03 = "L03";
    private static final double MAX = TheCourse.lessonMax(L03);

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L03)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L03)).isEqualTo(MAX);
        assertThat(score(card, L03)).isEqualTo(MAX);
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        Scorecard card = grade("l03-correct");
        assertThat(lesson(card, L03))
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L03)).isEqualTo(MAX);
    }

    @Test
    void theWholeCourseSampleScoresFullMarksOnLessonThree() throws Exception {
        Scorecard card = grade("sample-complete");
        assertThat(lesson(card, L03))
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L03)).isEqualTo(MAX);
    }

    @Test
    void anAngleMeasuredFromTheXAxisCostsTheDirectionAndConfirmationTests() throws Exception {
        Scorecard card = grade("l03-angle-from-x-axis");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L03);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L03.fastest-increase.directionOfTheTextsVectors", "L03.fastest-increase.directionOfOtherVectors",
                "L03.fastest-increase.confirmsTheTasksGradient", "L03.fastest-increase.confirmsElsewhere");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L03.fastest-increase.directionOfTheTextsVectors").message())
                .contains("Hint: these are angles measured from the x axis, atan2(gy, gx)");
        assertThat(test(card, "L03.fastest-increase.directionOfOtherVectors").message())
                .contains("Hint: that is the angle from the x axis");
        assertThat(test(card, "L03.fastest-increase.confirmsTheTasksGradient").message())
                .startsWith("confirmsGradient(x^2 + y^3, 2, 3, 4, 27): expected true, got false.")
                .contains("atan2(gx, gy)");
        assertThat(score(card, L03)).isEqualTo(earnable(card, L03) - 7);
    }

    @Test
    void aDescentThatClimbsCostsTheSteepestDescentTests() throws Exception {
        Scorecard card = grade("l03-descent-climbs");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L03);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L03.steepest-descent.theTextsDescent", "L03.steepest-descent.descentAtRandomPoints",
                "L03.steepest-descent.theBallRollsToTheOrigin", "L03.steepest-descent.pathsElsewhere");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L03.steepest-descent.theTextsDescent").message())
                .startsWith("steepestDescent(SUM_OF_SQUARES, 1, 1) of x^2 + y^2: element [0] expected -2, got 2")
                .contains("Hint: your direction points uphill");
        assertThat(test(card, "L03.steepest-descent.theBallRollsToTheOrigin").message())
                .contains("Hint: your path climbs");
        assertThat(score(card, L03)).isEqualTo(earnable(card, L03) - 8);
    }

    @Test
    void correctWorkScoresFullMarksWhateverTheSeed() throws Exception {
        for (long seed : new long[] {1, 123456789}) {
            assertThat(score(grader.grade(SUBMISSIONS.resolve("l03-correct"), seed), L03)).as("seed " + seed).isEqualTo(MAX);
        }
        Scorecard angle = grader.grade(SUBMISSIONS.resolve("l03-angle-from-x-axis"), 7L);
        assertThat(score(angle, L03)).isEqualTo(earnable(angle, L03) - 7);
    }
}
