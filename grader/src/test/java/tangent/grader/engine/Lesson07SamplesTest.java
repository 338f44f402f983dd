package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 07, the support vector machine: the reference and the correct samples
 * score full marks; each mistake sample loses exactly the tests its bug touches, with its hint.
 */
class Lesson07SamplesTest extends GradingTestBase {

    private static final String L07 = "L07";
    private static final double FULL = 42.0;

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L07)).hasSize(24).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L07)).isEqualTo(FULL);
        assertThat(score(card, L07)).isEqualTo(FULL);
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        Scorecard card = grade("l07-correct");
        assertThat(lesson(card, L07)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L07)).isEqualTo(FULL);
        assertThat(card.score()).isEqualTo(FULL);
    }

    @Test
    void theCompleteSampleScoresFullMarksOnLessonSeven() throws Exception {
        Scorecard card = grade("sample-complete");
        assertThat(lesson(card, L07)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L07)).isEqualTo(FULL);
    }

    @Test
    void aDistanceWithoutTheAbsoluteValueLosesTheDistancesButNotTheSignedOnes() throws Exception {
        Scorecard card = grade("l07-no-absolute");
        assertThat(byStatus(card, L07).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L07.distance-to-line.theTextsPoints", "L07.distance-to-line.randomDistances",
                "L07.distance-to-line.scaledEquationsGiveTheSameDistance", "L07.distance-to-line.margins");
        assertThat(test(card, "L07.distance-to-line.theTextsPoints").message())
                .contains("element [0] expected 1.060660172, got -1.060660172")
                .contains("Hint: a distance is never negative: take the absolute value");
        assertThat(test(card, "L07.distance-to-line.signedDistances").status()).isEqualTo(TestStatus.PASSED);
        assertThat(score(card, L07)).isEqualTo(FULL - 6);
    }

    @Test
    void theClosestPointOfEachClassMissesTheThirdSupportVector() throws Exception {
        Scorecard card = grade("l07-closest-only");
        assertThat(byStatus(card, L07).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L07.support-vectors.theTextsSixPoints", "L07.support-vectors.theTextsThreePoints",
                "L07.support-vectors.randomSetsWithThreeSupportVectors", "L07.support-vectors.onlyTheSupportVectorsMatter");
        // With one support vector per class the closest points are the right answer.
        assertThat(test(card, "L07.support-vectors.randomSetsWithTwoSupportVectors").status()).isEqualTo(TestStatus.PASSED);
        assertThat(test(card, "L07.support-vectors.theTextsSixPoints").message())
                .contains("expected the indices {2, 4, 5}, got {2, 4}")
                .contains("Hint: a class can have more than one point on the margin");
        assertThat(score(card, L07)).isEqualTo(FULL - 9);
    }

    @Test
    void multipliersInIndexOrderLoseTheStationaryPointsWithAnActiveSetOutOfOrder() throws Exception {
        // The text's own active set {0, 1, 2} is ascending, so only the fixed out-of-order sets tell.
        Scorecard card = grade("l07-index-order");
        assertThat(byStatus(card, L07).get(TestStatus.FAILED)).containsExactly("L07.lagrangian.randomStationaryPoints");
        assertThat(test(card, "L07.lagrangian.randomStationaryPoints").message())
                .startsWith("stationaryPoint({{0, 0}, {1, 2}, {2, 1}}, {-1, 1, 1}, {2, 0, 1}): element [3] expected "
                        + "-0.4444444444, got -0.8888888889")
                .contains("Hint: the multipliers are in index order, not in the order of active");
        assertThat(test(card, "L07.lagrangian.theTextsStationaryPoint").status()).isEqualTo(TestStatus.PASSED);
        assertThat(score(card, L07)).isEqualTo(FULL - 2);
    }

    @Test
    void theCorrectSamplesScoreDoesNotDependOnTheSeed() throws Exception {
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l07-correct"), 7L), L07)).isEqualTo(FULL);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l07-closest-only"), 99L), L07)).isEqualTo(FULL - 9);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l07-index-order"), 99L), L07)).isEqualTo(FULL - 2);
    }
}
