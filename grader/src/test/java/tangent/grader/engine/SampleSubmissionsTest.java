package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.plan.TheCourse;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * End to end for Lesson 01 and the engine: the sample submissions graded in worker JVMs, each to
 * its exact Lesson 01 score and with the status of every test its bug touches.
 */
class SampleSubmissionsTest extends GradingTestBase {

    private static final String L01 = "L01";

    @Test
    void theReferenceImplementationScoresFullMarks() throws Exception {
        Scorecard card = gradeReference();
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(card.score()).isEqualTo(card.maxScore());
        assertThat(score(card, L01)).isEqualTo(TheCourse.lessonMax(L01));
    }

    @Test
    void theCorrectSampleScoresFullMarksOnLessonOne() throws Exception {
        Scorecard card = grade("sample-correct");
        assertThat(lesson(card, L01)).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(score(card, L01)).isEqualTo(TheCourse.lessonMax(L01));
        assertThat(card.score()).isEqualTo(TheCourse.lessonMax(L01));
        assertThat(card.submission().sha256()).hasSize(64);
        assertThat(card.seed()).isEqualTo(SEED);
    }

    @Test
    void theWholeCourseSampleScoresFullMarksOnEveryLesson() throws Exception {
        Scorecard card = grade("sample-complete");
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(score(card, L01)).isEqualTo(TheCourse.lessonMax(L01));
        assertThat(card.score()).isEqualTo(card.maxScore());
        assertThat(card.tests()).extracting(TestResult::lesson).containsOnlyElementsOf(TheCourse.lessons())
                .containsAll(TheCourse.lessons());
        assertThat(card.tests().stream().map(t -> t.lesson() + "." + t.task()).distinct().count())
                .isEqualTo(TheCourse.tasks());
    }

    @Test
    void theTextsFactorTwoInTheSigmoidDerivativeCostsExactlyTheTestsThatUseIt() throws Exception {
        Scorecard card = grade("sample-factor-two");
        assertThat(byStatus(card, L01).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L01.sigmoid.derivativeAtZeroAndTwo", "L01.sigmoid.derivativeAtRandomPoints",
                "L01.sigmoid.expressionIsEquivalent");
        assertThat(test(card, "L01.sigmoid.derivativeAtZeroAndTwo").message())
                .startsWith("S' at x = 0: expected 0.25, got 0.5").contains("Hint: your derivative is twice the right one");
        assertThat(test(card, "L01.sigmoid.expressionIsEquivalent").message()).contains("twice the right one");
        assertThat(score(card, L01)).isEqualTo(47.0);
    }

    @Test
    void aLinspaceThatLeavesOutTheLastPointCostsTheDisagreementTestWithItsHint() throws Exception {
        Scorecard card = grade("l01-linspace-open-end");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L01);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactly("L01.cubic-derivative.largestDisagreementElsewhere");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(TestStatus.PASSED, TestStatus.FAILED);
        assertThat(test(card, "L01.cubic-derivative.largestDisagreementElsewhere").message())
                .startsWith("largestDisagreement(0.01, -1, 10, 12): expected 0.2801, got 0.2526")
                .contains("Hint: that is the largest difference over n points spaced (to - from) / n, which leave out "
                        + "the last point");
        assertThat(score(card, L01)).isEqualTo(53.0);
    }

    @Test
    void thePartialSampleEarnsWhatItGotRightAndSaysWhatIsMissing() throws Exception {
        Scorecard card = grade("sample-partial");
        Map<TestStatus, Set<String>> statuses = allByStatus(card, L01);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder("L01.rules.exponentialRule",
                "L01.rules.chainRuleOnTheExample", "L01.rules.chainRuleOnOtherCompositions",
                "L01.rules.powerRuleForZeroExponent");
        assertThat(statuses.get(TestStatus.NOT_RUN)).hasSize(13)
                .allMatch(id -> id.startsWith("L01.cubic-derivative.") || id.startsWith("L01.sigmoid."));
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").message()).contains("no class implements Sigmoid");
        assertThat(test(card, "L01.rules.exponentialRule").message()).contains("multiply by ln(a)");
        assertThat(test(card, "L01.rules.chainRuleOnTheExample").message()).contains("inner derivative g'(x)");
        assertThat(score(card, L01)).isEqualTo(22.0);
        assertThat(maxScore(card, L01)).isEqualTo(TheCourse.lessonMax(L01));
    }

    @Test
    void aSubmissionThatDoesNotCompileGetsFileAndLineAndNoPoints() throws Exception {
        Scorecard card = grade("sample-compile-error");
        assertThat(card.status()).isEqualTo(SubmissionStatus.COMPILE_ERROR);
        assertThat(card.compileErrors()).first().satisfies(e -> {
            assertThat(e.file()).isEqualTo("Sig.java");
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.message()).contains("';' expected");
        });
        assertThat(card.score()).isZero();
        assertThat(card.maxScore()).isEqualTo(grader.plan().maxScore());
        assertThat(card.tests()).hasSize(grader.plan().tests().size())
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(TestStatus.NOT_RUN));
    }

    @Test
    void anEndlessLoopTimesOutItsOwnTestsAndTheRestAreStillGraded() throws Exception {
        Scorecard card = grade("sample-endless-loop");
        Map<TestStatus, Set<String>> statuses = byStatus(card, L01);
        assertThat(statuses.get(TestStatus.TIMEOUT)).containsExactlyInAnyOrder(
                "L01.difference-quotients.secantSlopesFromTheText", "L01.difference-quotients.secantSlopesEdgeCases");
        assertThat(statuses.get(TestStatus.PASSED)).hasSize(29);
        assertThat(test(card, "L01.difference-quotients.secantSlopesFromTheText").message()).contains("did not finish within 3 s");
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(score(card, L01)).isEqualTo(51.0);
    }
    @Test
    void aTestThatKillsTheWorkerCostsOnlyThatTest(@TempDir Path dir) throws Exception {
        Path submission = dir.resolve("hoards");
        Files.createDirectories(submission);
        Files.writeString(submission.resolve("Hoards.java"), """
                import java.util.ArrayList;
                import java.util.List;
                import tangent.exercises.lesson01.Sigmoid;
                public class Hoards implements Sigmoid {
                    public double value(double x) { return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)); }
                    public double derivative(double x) { double s = value(x); return s * (1 - s); }
                    public String derivativeExpression() {
                        List<long[]> hoard = new ArrayList<>();
                        while (true) { hoard.add(new long[1 << 20]); }
                    }
                }
                """);
        Scorecard card = grader.grade(submission, SEED);
        TestResult hoarded = test(card, "L01.sigmoid.expressionIsEquivalent");
        assertThat(hoarded.status()).isEqualTo(TestStatus.ERROR);
        assertThat(hoarded.message()).contains("ended the grading JVM").contains("running out of memory");
        assertThat(lesson(card, L01).stream().filter(t -> t.task().equals("sigmoid") && t.status() == TestStatus.PASSED))
                .hasSize(5);
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(score(card, L01)).isEqualTo(9.0);
    }

    @Test
    void aSubmissionCallingSystemExitIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Path submission = dir.resolve("exits");
        Files.createDirectories(submission);
        Files.writeString(submission.resolve("Exits.java"), """
                import tangent.exercises.lesson01.Sigmoid;
                public class Exits implements Sigmoid {
                    public double value(double x) { return 1 / (1 + Math.exp(-x)); }
                    public double derivative(double x) { double s = value(x); return s * (1 - s); }
                    public String derivativeExpression() { System.exit(7); return ""; }
                }
                """);
        Scorecard card = grader.grade(submission, SEED);
        assertThat(card.status()).isEqualTo(SubmissionStatus.REFUSED);
        assertThat(card.violations()).singleElement().satisfies(v -> {
            assertThat(v.className()).isEqualTo("Exits");
            assertThat(v.method()).isEqualTo("derivativeExpression");
            assertThat(v.call()).isEqualTo("java.lang.System.exit");
        });
        assertThat(card.message()).contains("Exits.derivativeExpression uses java.lang.System.exit");
        assertThat(card.score()).isZero();
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TestStatus.NOT_RUN));
    }

    @Test
    void studentExceptionsAndPrintingAreReportedPerTest(@TempDir Path dir) throws Exception {
        Path submission = dir.resolve("throws");
        Files.createDirectories(submission);
        Files.writeString(submission.resolve("Throws.java"), """
                import tangent.exercises.lesson01.Sigmoid;
                public class Throws implements Sigmoid {
                    public double value(double x) { System.out.println("value at " + x); return 1 / (1 + Math.exp(-x)); }
                    public double derivative(double x) { throw new UnsupportedOperationException("not implemented yet"); }
                    public String derivativeExpression() { return "exp(-x)/(1+exp(-x))^2"; }
                }
                """);
        Scorecard card = grader.grade(submission, SEED);
        TestResult derivative = test(card, "L01.sigmoid.derivativeAtZeroAndTwo");
        assertThat(derivative.status()).isEqualTo(TestStatus.ERROR);
        assertThat(derivative.message()).isEqualTo(
                "Throws.derivative threw UnsupportedOperationException: not implemented yet (Throws.java:4)");
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").output()).startsWith("value at 0.0");
        assertThat(test(card, "L01.sigmoid.expressionIsEquivalent").status()).isEqualTo(TestStatus.PASSED);
    }

    @Test
    void aSubmissionWithoutAnyImplementationSaysSo(@TempDir Path dir) throws Exception {
        Path submission = dir.resolve("empty");
        Files.createDirectories(submission);
        Files.writeString(submission.resolve("Notes.java"), "public class Notes { }\n");
        Scorecard card = grader.grade(submission, SEED);
        assertThat(card.status()).isEqualTo(SubmissionStatus.NO_IMPLEMENTATION);
        assertThat(card.score()).isZero();
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.message()).contains("no class implements"));
    }

    @Test
    void theStarterStubsAreGradedWithZeroPointsNotACompileError(@TempDir Path dir) throws Exception {
        Path starter = dir.resolve("starter");
        tangent.grader.scaffold.StarterProject.of(TheCourse.plan().exercises()).writeTo(starter);
        Scorecard card = grader.grade(starter, SEED);
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(card.score()).isZero();
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").message())
                .isEqualTo("MySigmoid.value threw UnsupportedOperationException: not implemented yet (MySigmoid.java:10)");
        // every check stopped at a stub, refusals included (they expected another exception and met
        // the stub): none of them "failed", and the summary says why they stopped
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.flags()).as(t.id() + ": " + t.message())
                .contains(TestResult.STUB));
        assertThat(card.message()).isEqualTo(card.tests().size() + " tests: " + card.tests().size() + " error ("
                + card.tests().size() + " at a method still \"not implemented yet\").");
    }

    @Test
    void scoresDoNotDependOnTheSeed() throws Exception {
        assertThat(score(grader.grade(SUBMISSIONS.resolve("sample-correct"), 1L), L01)).isEqualTo(TheCourse.lessonMax(L01));
        assertThat(score(grader.grade(SUBMISSIONS.resolve("sample-factor-two"), 99L), L01)).isEqualTo(47.0);
        assertThat(score(grader.grade(SUBMISSIONS.resolve("l01-linspace-open-end"), 7L), L01)).isEqualTo(53.0);
    }
}
