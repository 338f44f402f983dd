package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.reference.lesson01.ReferenceSigmoid;

/**
 * End to end: the sample submissions graded in worker JVMs, each to its exact score and with the
 * status of every test its bug touches. One grader (and so one warm worker) serves all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleSubmissionsTest {

    private static final long SEED = 20261123L;
    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

    private Grader grader;

    @BeforeAll
    void startGrader() {
        Course course = Course.load();
        grader = new Grader(course, new Planner(course).plan(),
                WorkerSettings.defaults().withTestTimeout(Duration.ofSeconds(3)));
    }

    @AfterAll
    void stopGrader() {
        grader.close();
    }

    private Scorecard grade(String sample) throws Exception {
        return grader.grade(SUBMISSIONS.resolve(sample), SEED);
    }

    private static Map<TestStatus, Set<String>> byStatus(Scorecard card) {
        return card.tests().stream().collect(Collectors.groupingBy(TestResult::status,
                Collectors.mapping(TestResult::id, Collectors.toSet())));
    }

    private static TestResult test(Scorecard card, String id) {
        return card.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theReferenceImplementationScoresFullMarks() throws Exception {
        List<Path> classpath = new ArrayList<>();
        classpath.add(location(ReferenceSigmoid.class));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // The reference's own libraries (symja, Commons Math); not its neighbours' classes.
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && !name.startsWith("exercises-") && !name.startsWith("reference-")) {
                classpath.add(Path.of(entry));
            }
        }
        Scorecard card = grader.gradeCompiled("reference", classpath, SEED);
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(card.score()).isEqualTo(54.0).isEqualTo(card.maxScore());
    }

    @Test
    void theCorrectSampleScoresFullMarks() throws Exception {
        Scorecard card = grade("sample-correct");
        assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).as(t.id() + ": " + t.message()).isEqualTo(TestStatus.PASSED));
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(card.score()).isEqualTo(54.0);
        assertThat(card.submission().sha256()).hasSize(64);
        assertThat(card.seed()).isEqualTo(SEED);
    }

    @Test
    void theTextsFactorTwoInTheSigmoidDerivativeCostsExactlyTheTestsThatUseIt() throws Exception {
        Scorecard card = grade("sample-factor-two");
        assertThat(byStatus(card).get(TestStatus.FAILED)).containsExactlyInAnyOrder(
                "L01.sigmoid.derivativeAtZeroAndTwo", "L01.sigmoid.derivativeAtRandomPoints",
                "L01.sigmoid.expressionIsEquivalent");
        assertThat(test(card, "L01.sigmoid.derivativeAtZeroAndTwo").message())
                .startsWith("S' at x = 0: expected 0.25, got 0.5").contains("Hint: your derivative is twice the right one");
        assertThat(test(card, "L01.sigmoid.expressionIsEquivalent").message()).contains("twice the right one");
        assertThat(card.score()).isEqualTo(47.0);
    }

    @Test
    void thePartialSampleEarnsWhatItGotRightAndSaysWhatIsMissing() throws Exception {
        Scorecard card = grade("sample-partial");
        Map<TestStatus, Set<String>> statuses = byStatus(card);
        assertThat(statuses.get(TestStatus.FAILED)).containsExactlyInAnyOrder("L01.rules.exponentialRule",
                "L01.rules.chainRuleOnTheExample", "L01.rules.chainRuleOnOtherCompositions",
                "L01.rules.powerRuleForZeroExponent");
        assertThat(statuses.get(TestStatus.NOT_RUN)).hasSize(13)
                .allMatch(id -> id.startsWith("L01.cubic-derivative.") || id.startsWith("L01.sigmoid."));
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").message()).contains("no class implements Sigmoid");
        assertThat(test(card, "L01.rules.exponentialRule").message()).contains("multiply by ln(a)");
        assertThat(test(card, "L01.rules.chainRuleOnTheExample").message()).contains("inner derivative g'(x)");
        assertThat(card.score()).isEqualTo(22.0);
        assertThat(card.maxScore()).isEqualTo(54.0);
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
        assertThat(card.maxScore()).isEqualTo(54.0);
        assertThat(card.tests()).hasSize(31).allSatisfy(t -> assertThat(t.status()).isEqualTo(TestStatus.NOT_RUN));
    }

    @Test
    void anEndlessLoopTimesOutItsOwnTestsAndTheRestAreStillGraded() throws Exception {
        Scorecard card = grade("sample-endless-loop");
        Map<TestStatus, Set<String>> statuses = byStatus(card);
        assertThat(statuses.get(TestStatus.TIMEOUT)).containsExactlyInAnyOrder(
                "L01.difference-quotients.secantSlopesFromTheText", "L01.difference-quotients.secantSlopesEdgeCases");
        assertThat(statuses.get(TestStatus.PASSED)).hasSize(29);
        assertThat(test(card, "L01.difference-quotients.secantSlopesFromTheText").message()).contains("did not finish within 3 s");
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(card.score()).isEqualTo(51.0);
    }

    @Test
    void aTestThatKillsTheWorkerCostsOnlyThatTest(@TempDir Path dir) throws Exception {
        Path submission = dir.resolve("exits");
        Files.createDirectories(submission);
        Files.writeString(submission.resolve("Exits.java"), """
                import tangent.exercises.lesson01.Sigmoid;
                public class Exits implements Sigmoid {
                    public double value(double x) { return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)); }
                    public double derivative(double x) { double s = value(x); return s * (1 - s); }
                    public String derivativeExpression() { System.exit(7); return ""; }
                }
                """);
        Scorecard card = grader.grade(submission, SEED);
        TestResult exited = test(card, "L01.sigmoid.expressionIsEquivalent");
        assertThat(exited.status()).isEqualTo(TestStatus.ERROR);
        assertThat(exited.message()).contains("ended the grading JVM").contains("exit code 7");
        assertThat(card.tests().stream().filter(t -> t.task().equals("sigmoid") && t.status() == TestStatus.PASSED))
                .hasSize(5);
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(card.score()).isEqualTo(9.0);
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
    void theStarterStubsAreGradedWithZeroPointsNotACompileError() throws Exception {
        Scorecard card = grader.grade(SUBMISSIONS.resolveSibling("exercises").resolve("starter"), SEED);
        assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
        assertThat(card.score()).isZero();
        assertThat(test(card, "L01.sigmoid.valueAtSomePoints").message())
                .isEqualTo("MySigmoid.value threw UnsupportedOperationException: not implemented yet (MySigmoid.java:10)");
    }

    @Test
    void scoresDoNotDependOnTheSeed() throws Exception {
        assertThat(grader.grade(SUBMISSIONS.resolve("sample-correct"), 1L).score()).isEqualTo(54.0);
        assertThat(grader.grade(SUBMISSIONS.resolve("sample-factor-two"), 99L).score()).isEqualTo(47.0);
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
