package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 06, optimization: the reference and the correct samples score full marks;
 * each mistake sample loses exactly the tests its bug touches, with a hint that names the bug.
 */
class Lesson06SamplesTest extends GradingTestBase {

    private static final String L06 = "L06";
    private static final double FULL = 55.0;

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L06)).hasSize(30).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L06)).isEqualTo(FULL);
        assertThat(score(card, L06)).isEqualTo(FULL);
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        Scorecard card = grade("l06-correct");
        assertThat(lesson(card, L06)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L06)).isEqualTo(FULL);
        assertThat(card.score()).isEqualTo(FULL);
    }

    @Test
    void theCompleteSampleScoresFullMarksOnLessonSix() throws Exception {
        Scorecard card = grade("sample-complete");
        assertThat(lesson(card, L06)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L06)).isEqualTo(FULL);
    }

    @Test
    void aStepUphillLosesEveryDescentWithSteps() throws Exception {
        Scorecard card = grade("l06-sign-flip");
        assertThat(byStatus(card, L06).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L06.gradient-descent.theTextsRun", "L06.gradient-descent.theFirstThreeSteps",
                "L06.gradient-descent.descendElsewhere", "L06.gradient-descent.trajectoriesElsewhere");
        assertThat(test(card, "L06.gradient-descent.theFirstThreeSteps").message())
                .startsWith("trajectory(2x + 5, 0, 0.1, 3): element [3] expected -1.22, got 1.82")
                .contains("Hint: your steps go uphill: the update is x - rate * f'(x)");
        assertThat(test(card, "L06.gradient-descent.theTextsRun").message()).contains("your steps go uphill");
        assertThat(score(card, L06)).isEqualTo(FULL - 9);
    }

    @Test
    void oneStepTooManyPassesTheTextsRunButNotTheShortOnes() throws Exception {
        Scorecard card = grade("l06-off-by-one");
        // After 100 steps one more moves x by 1e-10: the text's own printout cannot reveal the bug.
        assertThat(test(card, "L06.gradient-descent.theTextsRun").status()).isEqualTo(TestStatus.PASSED);
        assertThat(byStatus(card, L06).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L06.gradient-descent.theFirstThreeSteps", "L06.gradient-descent.descendElsewhere",
                "L06.gradient-descent.trajectoriesElsewhere", "L06.gradient-descent.zeroStepsAndBadInput");
        assertThat(test(card, "L06.gradient-descent.theFirstThreeSteps").message())
                .contains("expected 4 numbers {0, -0.5, -0.9, -1.22}, got 5")
                .contains("That is one step too many: 3 steps give x_0 (the start) to x_3, 4 numbers.");
        assertThat(test(card, "L06.gradient-descent.descendElsewhere").message()).contains("you take one step too many");
        assertThat(score(card, L06)).isEqualTo(FULL - 7);
    }

    @Test
    void aSwappedSecondDerivativeTestLosesTheClassificationsOnly() throws Exception {
        Scorecard card = grade("l06-misclassified");
        assertThat(byStatus(card, L06).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L06.critical-points.classifyTheTextsCubic", "L06.critical-points.classifyRandomCubics",
                "L06.critical-points.quadraticsAndLines");
        assertThat(test(card, "L06.critical-points.classifyTheTextsCubic").message())
                .contains("expected [LOCAL_MAXIMUM, LOCAL_MINIMUM], got [LOCAL_MINIMUM, LOCAL_MAXIMUM]")
                .contains("Hint: maxima and minima are swapped");
        assertThat(test(card, "L06.critical-points.criticalPointsOfTheTextsCubic").status()).isEqualTo(TestStatus.PASSED);
        assertThat(score(card, L06)).isEqualTo(FULL - 5);
    }

    @Test
    void aClipThatHandsBackTheCallersArrayLosesTheClippingTests() throws Exception {
        // "Return a new array" is exact: within the limit the values are right, but the array is the caller's.
        Scorecard card = grade("l06-returns-given");
        assertThat(byStatus(card, L06).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L06.clipping-and-penalties.clippingTheExample", "L06.clipping-and-penalties.clippingRandomGradients",
                "L06.clipping-and-penalties.clippingEdgeCases");
        assertThat(test(card, "L06.clipping-and-penalties.clippingTheExample").message())
                .isEqualTo("clipByNorm({3, 4}, 10) returned the array it was given, not a new one: the caller's array "
                        + "and your result are then one array, and changing one changes the other.");
        assertThat(score(card, L06)).isEqualTo(FULL - 5);
    }

    @Test
    void theCorrectSamplesScoreDoesNotDependOnTheSeed() throws Exception {
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l06-correct"), 7L), L06)).isEqualTo(FULL);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l06-off-by-one"), 99L), L06)).isEqualTo(FULL - 7);
    }
}
