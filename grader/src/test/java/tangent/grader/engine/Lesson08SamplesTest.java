package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.TheCourse;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 08: the reference, the correct samples and each mistake sample graded in
 * worker JVMs, each to its exact Lesson 08 score, with the exact set of tests its bug fails.
 */
class Lesson08SamplesTest extends GradingTestBase {

    private static final String L08 = "L08";
    private static final double MAX = TheCourse.lessonMax(L08);

    private static void allPassed(Scorecard card) {
        assertThat(lesson(card, L08)).isNotEmpty().allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L08)).isEqualTo(MAX);
        assertThat(score(card, L08)).isEqualTo(MAX);
    }

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        allPassed(gradeReference());
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        allPassed(grade("l08-correct"));
    }

    @Test
    void theWholeCourseSampleScoresFullMarksOnLessonEight() throws Exception {
        allPassed(grade("sample-complete"));
    }

    @Test
    void taylorTermsWithoutFactorialsLoseTheTaylorTestsThatSumTerms() throws Exception {
        Scorecard card = grade("l08-no-factorial");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L08);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L08.taylor-exp.partialSumsOfTheText", "L08.taylor-exp.partialSumsElsewhere",
                "L08.taylor-exp.largestErrorsOfTheText", "L08.taylor-exp.largestErrorsElsewhere",
                "L08.taylor-exp.termsNeededOfTheStatement");
        // Without factorials the series never gets close to e^x, and the sample gives up with an exception.
        assertThat(statuses.get(TestStatus.ERROR)).containsExactly("L08.taylor-exp.termsNeededElsewhere");
        assertThat(test(card, "L08.taylor-exp.termsNeededElsewhere").message())
                .contains("threw IllegalStateException").contains("TaylorImpl.java:61");
        assertThat(test(card, "L08.taylor-exp.partialSumsOfTheText").message())
                .contains("Hint: divide each term by its factorial");
        assertThat(statuses.get(TestStatus.PASSED)).allMatch(id -> !id.startsWith("L08.taylor-exp.")
                || id.endsWith(".errorBounds") || id.endsWith(".refusals"));
        assertThat(score(card, L08)).isEqualTo(31.0);
    }

    @Test
    void aRotatedKernelLosesTheTestsOfTheTextsConvolution() throws Exception {
        Scorecard card = grade("l08-flipped-kernel");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L08);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L08.convolution.sobelOnAnEdge", "L08.convolution.sobelOnARandomImage", "L08.convolution.convolveElsewhere");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L08.convolution.sobelOnAnEdge").message())
                .startsWith("sobelX(edge): entry [0][1] expected -4, got 4")
                .contains("Hint: every entry has the opposite sign. Rotating the Sobel kernel by 180 degrees negates it");
        assertThat(test(card, "L08.convolution.convolveElsewhere").message()).contains("Hint: this is true convolution");
        assertThat(score(card, L08)).isEqualTo(35.0);
    }

    @Test
    void anOutputOneRowAndColumnShortLosesEveryConvolutionOutput() throws Exception {
        Scorecard card = grade("l08-off-by-one");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L08);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L08.convolution.outputShapeOfTheText", "L08.convolution.outputShapesElsewhere",
                "L08.convolution.sobelOnAnEdge", "L08.convolution.sobelOnARandomImage",
                "L08.convolution.convolveElsewhere", "L08.convolution.trueConvolveOnAnEdge",
                "L08.convolution.trueConvolveElsewhere");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L08.convolution.outputShapeOfTheText").message())
                .isEqualTo("outputShape(10, 10, 3, 3): expected {8, 8}, got {7, 7}. Hint: the kernel fits in H - kh + 1 "
                        + "positions down and W - kw + 1 across (a 3-wide kernel fits 8 times in 10).");
        assertThat(test(card, "L08.convolution.sobelOnAnEdge").message())
                .startsWith("sobelX(edge): expected a 3 x 4 matrix, got 2 x 3. Hint: one row and one column short.");
        assertThat(score(card, L08)).isEqualTo(30.0);
    }

    @Test
    void factorialsInALongLoseTheLongSeriesOnEverySeed() throws Exception {
        // Right up to 20!; only T_25 and the 37 terms at x = 10 (fixed cases) go past it.
        Scorecard card = grade("l08-long-factorial");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L08);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactly("L08.taylor-exp.partialSumsElsewhere");
        assertThat(statuses.get(TestStatus.ERROR)).containsExactly("L08.taylor-exp.termsNeededElsewhere");
        assertThat(test(card, "L08.taylor-exp.partialSumsElsewhere").message()).startsWith("T_25 at x = 10")
                .contains("Hint: your factorials overflow: 21! is beyond a long");
        assertThat(score(card, L08)).isEqualTo(earnable(card, L08) - 4);
    }

    @Test
    void softmaxWithoutSubtractingTheLargestScoreLosesTheLargeScoresOnEverySeed() throws Exception {
        // e^1000 overflows: the fixed large scores of the three hidden tests give NaN, whatever the seed.
        Scorecard card = grade("l08-softmax-overflow");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L08);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder("L08.softmax.probabilitiesOfLargeAndRandomScores",
                "L08.softmax.jacobianElsewhereAndRefusals", "L08.softmax.gradientElsewhereAndBadLabels");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L08.softmax.probabilitiesOfLargeAndRandomScores").message())
                .startsWith("probabilities({1000, 1000, 999}): element [2] expected 0.1553624035, got NaN")
                .contains("Hint: e^z overflows a double beyond z = 709");
        assertThat(score(card, L08)).isEqualTo(earnable(card, L08) - 5);
    }

    @Test
    void scoresDoNotDependOnTheSeed() throws Exception {
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l08-correct"), 1L), L08)).isEqualTo(MAX);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l08-flipped-kernel"), 99L), L08)).isEqualTo(35.0);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l08-no-factorial"), 7L), L08)).isEqualTo(31.0);
        Scorecard longFactorial = grader.grade(SUBMISSIONS.resolve("l08-long-factorial"), 3L);
        assertThat(score(longFactorial, L08)).isEqualTo(earnable(longFactorial, L08) - 4);
        Scorecard overflow = grader.grade(SUBMISSIONS.resolve("l08-softmax-overflow"), 11L);
        assertThat(score(overflow, L08)).isEqualTo(earnable(overflow, L08) - 5);
    }
}
