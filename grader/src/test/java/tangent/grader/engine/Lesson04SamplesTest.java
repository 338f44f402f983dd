package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.TheCourse;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 04: the reference and the correct samples score full marks; a transposed
 * Jacobian and a chain multiplied in the wrong order lose exactly the tests they touch, with hints.
 */
class Lesson04SamplesTest extends GradingTestBase {

    private static final String L04 = "L04";
    private static final double MAX = TheCourse.lessonMax(L04);

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(lesson(card, L04)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L04)).isEqualTo(MAX);
        assertThat(score(card, L04)).isEqualTo(MAX);
        // The reference's formulas are the CAS's own: proved, never merely numeric.
        assertThat(test(card, "L04.jacobian-formulas.sigmoidLayerOfTheTask").flags()).isEmpty();
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        Scorecard card = grade("l04-correct");
        assertThat(lesson(card, L04))
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L04)).isEqualTo(MAX);
        // Its sigmoid layer is written S(z) (1 - S(z)) p; the CAS proves it once exponents are expanded
        // after Together (CasProof's second step), so it is not merely numeric.
        assertThat(test(card, "L04.jacobian-formulas.sigmoidLayerOfTheTask").flags()).isEmpty();
    }

    @Test
    void theSigmoidWrittenByItsNamesScoresFullMarks() throws Exception {
        // S(...) and sigmoid(...), as JacobianFormulas' Javadoc allows (a lower-case s is the constant there).
        // The sample holds that one task only (the rest of Lesson 04 is l04-correct's): its every test passes.
        Scorecard card = grade("l04-sigmoid-names");
        var formulas = lesson(card, L04).stream().filter(t -> t.task().equals("jacobian-formulas")).toList();
        assertThat(formulas).isNotEmpty()
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L04)).isEqualTo(formulas.stream().mapToDouble(t -> t.maxScore()).sum());
    }

    @Test
    void theWholeCourseSampleScoresFullMarksOnLessonFour() throws Exception {
        Scorecard card = grade("sample-complete");
        assertThat(lesson(card, L04))
                .allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L04)).isEqualTo(MAX);
    }

    @Test
    void aTransposedJacobianCostsEveryJacobianTestButNotTheGradientOrTheChain() throws Exception {
        Scorecard card = grade("l04-transposed");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L04);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L04.jacobian-formulas.productPairAsInTheText", "L04.jacobian-formulas.sigmoidLayerOfTheTask",
                "L04.jacobian-at-a-point.productPairAtTheExamplePoints", "L04.jacobian-at-a-point.productPairAtRandomPoints",
                "L04.jacobian-at-a-point.sigmoidLayerOfTheExample", "L04.jacobian-at-a-point.sigmoidLayersOfOtherShapes",
                "L04.numeric-jacobian.productPairAtOneTwo", "L04.numeric-jacobian.theSigmoidLayer",
                "L04.numeric-jacobian.randomMapsAgainstExactJacobians", "L04.numeric-jacobian.theSchemeIsCentral");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(statuses.get(TestStatus.FAILED)).allSatisfy(id -> assertThat(test(card, id).message())
                .contains("Hint: your matrix is the transpose of the Jacobian"));
        assertThat(test(card, "L04.jacobian-at-a-point.productPairAtTheExamplePoints").message())
                .startsWith("productPair(1, 2): expected the 2x2 Jacobian [[4, 2], [4, 1]], got its transpose [[4, 4], [2, 1]].");
        assertThat(test(card, "L04.jacobian-formulas.sigmoidLayerOfTheTask").message())
                .contains("expected a 3x2 matrix, got 2 rows");
        assertThat(score(card, L04)).isEqualTo(16.0);
    }

    @Test
    void aChainMultipliedFromTheInsideOutCostsTheChainTests() throws Exception {
        Scorecard card = grade("l04-chain-reversed");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L04);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L04.chain-rule.theTextsChains", "L04.chain-rule.randomChains");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L04.chain-rule.theTextsChains").message())
                .startsWith("chain([[12, 1]], [[1, 1], [4, 2]], [[1], [4]]) threw IllegalArgumentException")
                .contains("outermost first");
        assertThat(test(card, "L04.chain-rule.randomChains").message()).contains("Hint: the product is in the wrong order");
        assertThat(score(card, L04)).isEqualTo(earnable(card, L04) - 6);
    }

    @Test
    void correctWorkScoresFullMarksWhateverTheSeed() throws Exception {
        for (long seed : new long[] {1}) {
            assertThat(score(grader.grade(SUBMISSIONS.resolve("l04-correct"), seed), L04)).as("seed " + seed).isEqualTo(MAX);
        }
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l04-transposed"), 5L), L04)).isEqualTo(16.0);
    }
}
