package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.TheCourse;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 02: the reference, the correct samples and each mistake sample graded in
 * worker JVMs, each to its exact Lesson 02 score, with the exact set of tests its bug fails.
 */
class Lesson02SamplesTest extends GradingTestBase {

    private static final String L02 = "L02";
    private static final double MAX = TheCourse.lessonMax(L02);

    private static void allPassed(Scorecard card) {
        assertThat(lesson(card, L02)).isNotEmpty().allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message())
                .isEqualTo(TestStatus.PASSED));
        assertThat(maxScore(card, L02)).isEqualTo(MAX);
        assertThat(score(card, L02)).isEqualTo(MAX);
    }

    @Test
    void theReferenceScoresFullMarks() throws Exception {
        allPassed(gradeReference());
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        allPassed(grade("l02-correct"));
    }

    @Test
    void theWholeCourseSampleScoresFullMarksOnLessonTwo() throws Exception {
        allPassed(grade("sample-complete"));
    }

    @Test
    void aGridThatIncludesBLosesTheTestsWhereTheStepDividesTheInterval() throws Exception {
        Scorecard card = grade("l02-right-endpoint");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L02);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L02.riemann-sum.pointsOfTheTextsGrid", "L02.riemann-sum.sumsOfTheTextsFunctions",
                "L02.riemann-sum.runningSumOfTheText", "L02.riemann-sum.gridsEndingExactlyAtB",
                "L02.riemann-sum.smallerSteps", "L02.running-sum-shift.offsetsOfTheText",
                "L02.running-sum-shift.shiftsOfTheText");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L02.riemann-sum.pointsOfTheTextsGrid").message())
                .startsWith("points(-10, 10, 0.1): expected 200 values, one per point of [a, b), got 201.")
                .contains("Hint: your last point is b = 10 itself");
        assertThat(test(card, "L02.riemann-sum.sumsOfTheTextsFunctions").message())
                .contains("Hint: your sum has one term too many, at x = b");
        assertThat(test(card, "L02.running-sum-shift.shiftsOfTheText").message())
                .contains("Hint: your mean includes an offset at x = b");
        assertThat(score(card, L02)).isEqualTo(46.0);
    }

    @Test
    void antiderivativesThatAreDerivativesLoseTheAntiderivativeTests() throws Exception {
        Scorecard card = grade("l02-differentiated");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L02);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L02.antiderivatives.antiderivativeOfTwoX", "L02.antiderivatives.antiderivativeOfThreeXSquaredMinusFourX",
                "L02.antiderivatives.polynomialOfTheText", "L02.antiderivatives.randomPolynomials",
                "L02.antiderivatives.definiteIntegralsOfTheText", "L02.antiderivatives.randomDefiniteIntegrals");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L02.antiderivatives.antiderivativeOfTwoX").message())
                .startsWith("ofTwoX(): the derivative of your answer 2 should give back the integrand")
                .endsWith("It looks like you differentiated instead of integrating.");
        assertThat(test(card, "L02.antiderivatives.polynomialOfTheText").message())
                .contains("got 2.").contains("It looks like you differentiated instead of integrating");
        assertThat(test(card, "L02.antiderivatives.definiteIntegralsOfTheText").message())
                .contains("Hint: that is f'(b) - f'(a)");
        assertThat(score(card, L02)).isEqualTo(46.0);
    }

    @Test
    void tailsCutAtFiveSigmasLoseTheProbabilityTestsWithTheTruncationHintNotTheSigmaOne() throws Exception {
        Scorecard card = grade("l02-tails-cut-at-5");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L02);
        // infiniteLimits fails on every seed; the random limits reach beyond 5 sigma on almost every seed too
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L02.normal-probability.infiniteLimits", "L02.normal-probability.probabilitiesElsewhere");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L02.normal-probability.infiniteLimits").message())
                .startsWith("probability(-Infinity, 0, 0, 1): expected 0.5, got 0.4999997133")
                .contains("Hint: your area is too small by 2.866515718E-7, the probability beyond 5 standard "
                        + "deviations from the mean")
                .doesNotContain("sigma times");
        assertThat(score(card, L02)).isEqualTo(56.0);
    }

    @Test
    void scoresDoNotDependOnTheSeed() throws Exception {
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l02-correct"), 1L), L02)).isEqualTo(MAX);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l02-right-endpoint"), 99L), L02)).isEqualTo(46.0);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l02-differentiated"), 7L), L02)).isEqualTo(46.0);
    }
}
