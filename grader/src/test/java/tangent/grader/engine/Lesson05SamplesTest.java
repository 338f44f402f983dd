package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 05: the reference and the correct samples at full marks, and each mistake
 * sample losing exactly the tests its bug touches, with a hint that names the bug.
 */
class Lesson05SamplesTest extends GradingTestBase {

    private static final String L05 = "L05";
    private static final double FULL = 69.0;

    @Test
    void theReferenceScoresFullMarksOnLessonFive() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L05)).hasSize(46).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L05)).isEqualTo(FULL).isEqualTo(maxScore(card, L05));
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        Scorecard card = grade("l05-correct");
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(lesson(card, L05)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L05)).isEqualTo(FULL);
    }

    @Test
    void theCompleteSampleScoresFullMarksOnLessonFive() throws Exception {
        Scorecard card = grade("sample-complete");
        assertThat(lesson(card, L05)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L05)).isEqualTo(FULL);
    }

    /**
     * The text's dsigmoid, 2 s (1 - s), used everywhere the sigmoid's slope is: every test of a
     * sigmoid derivative fails, with the factor 2 named, and nothing else. Training still reaches
     * the accuracy bound (a factor 2 in every gradient is a doubled learning rate, which this run
     * tolerates, as the text's own run does), but not the reference's steps.
     */
    @Test
    void theTextsFactorTwoCostsExactlyTheTestsOfTheSigmoidsSlope() throws Exception {
        Scorecard card = grade("l05-factor-two");
        assertThat(byStatus(card, L05).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L05.activation-derivatives.sigmoidDerivativeAtZeroAndTwo",
                "L05.activation-derivatives.sigmoidDerivativeAtRandomPoints",
                "L05.nested-sigmoids.dOutputDw2AtTheTextsExample",
                "L05.nested-sigmoids.dOutputDw1AtTheTextsExample",
                "L05.nested-sigmoids.derivativesAtRandomPoints",
                "L05.nested-sigmoids.dOutputDw2Expression",
                "L05.nested-sigmoids.dOutputDw1Expression",
                "L05.single-neuron.sigmoidGradientsAtTheExample",
                "L05.single-neuron.sigmoidGradientsAtRandomPoints",
                "L05.multilayer-perceptron.gradientsMatchCentralDifferences",
                "L05.multilayer-perceptron.gradientsMatchTheReference",
                "L05.multilayer-perceptron.otherShapesMatchTheReference",
                "L05.multilayer-perceptron.trainingFollowsTheReference");
        assertThat(byStatus(card, L05).get(TestStatus.FAILED)).allSatisfy(id -> assertThat(test(card, id).message())
                .as(id).containsAnyOf("no factor 2", "factor 2 too many"));
        assertThat(test(card, "L05.activation-derivatives.sigmoidDerivativeAtZeroAndTwo").message())
                .startsWith("sigmoidDerivative at x = 0: expected 0.25, got 0.5");
        assertThat(test(card, "L05.nested-sigmoids.dOutputDw1AtTheTextsExample").message()).contains("four times");
        assertThat(test(card, "L05.multilayer-perceptron.gradientsMatchCentralDifferences").message())
                .startsWith("weightGradients()[2], the text's dW[3], against central differences")
                .contains("twice the right one");
        assertThat(test(card, "L05.multilayer-perceptron.trainingFollowsTheReference").message())
                .contains("twice the learning rate");
        assertThat(test(card, "L05.multilayer-perceptron.trainingSeparatesTheCircles").status()).isEqualTo(TestStatus.PASSED);
        assertThat(score(card, L05)).isEqualTo(42.0);
    }

    /**
     * The text's dW = a^T dz without the 1/n its db has: the weight gradients are n times too
     * large, so every gradient test of the perceptron fails with that named, and training at this
     * learning rate goes nowhere. Nothing outside the perceptron changes.
     */
    @Test
    void theTextsSumOverTheBatchCostsThePerceptronsGradientsAndTraining() throws Exception {
        Scorecard card = grade("l05-sum-not-mean");
        assertThat(byStatus(card, L05).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L05.multilayer-perceptron.gradientsMatchCentralDifferences",
                "L05.multilayer-perceptron.gradientsMatchTheReference",
                "L05.multilayer-perceptron.otherShapesMatchTheReference",
                "L05.multilayer-perceptron.trainingFollowsTheReference",
                "L05.multilayer-perceptron.trainingSeparatesTheCircles");
        assertThat(test(card, "L05.multilayer-perceptron.gradientsMatchCentralDifferences").message())
                .contains("Hint: every entry is n = 8 times the right one").contains("forgets the 1/n");
        assertThat(test(card, "L05.multilayer-perceptron.gradientsMatchTheReference").message())
                .contains("n = 3 times the right one");
        assertThat(test(card, "L05.multilayer-perceptron.trainingSeparatesTheCircles").message())
                .contains("the loss should fall");
        assertThat(score(card, L05)).isEqualTo(56.0);
    }

    @Test
    void scoresDoNotDependOnTheSeed() throws Exception {
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l05-correct"), 3L), L05)).isEqualTo(FULL);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l05-factor-two"), 99L), L05)).isEqualTo(42.0);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l05-sum-not-mean"), 12345L), L05)).isEqualTo(56.0);
    }
}
