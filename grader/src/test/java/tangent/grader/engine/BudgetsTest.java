package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.Course;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Scorecard;
import tangent.grader.score.SubmissionStatus;
import tangent.grader.score.TestStatus;

/** The compile budget and the per-submission budget end grading with a reason, never a hang. */
class BudgetsTest {

    private static final Path CORRECT = Path.of(System.getProperty("tangent.submissions", "../submissions"))
            .resolve("sample-correct");

    @Test
    void aCompileThatOverrunsItsBudgetIsACompileErrorThatSaysSo() throws Exception {
        Course course = Course.load();
        try (Grader grader = new Grader(course, new Planner(course).plan(), WorkerSettings.defaults(), 1,
                Duration.ofNanos(1))) {
            Scorecard card = grader.grade(CORRECT, 1);
            assertThat(card.status()).isEqualTo(SubmissionStatus.COMPILE_ERROR);
            assertThat(card.compileErrors()).singleElement()
                    .satisfies(e -> assertThat(e.message()).startsWith("compiling took longer than"));
        }
    }

    @Test
    void testsBeyondTheSubmissionBudgetAreNotRunWithTheReason() throws Exception {
        Course course = Course.load();
        try (Grader grader = new Grader(course, new Planner(course).plan(),
                WorkerSettings.defaults().withSubmissionBudget(Duration.ofNanos(1)))) {
            Scorecard card = grader.grade(CORRECT, 1);
            assertThat(card.status()).isEqualTo(SubmissionStatus.GRADED);
            assertThat(card.score()).isZero();
            assertThat(card.tests()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TestStatus.NOT_RUN));
            assertThat(card.tests()).anySatisfy(t -> assertThat(t.message()).contains("budget"));
        }
    }
}
