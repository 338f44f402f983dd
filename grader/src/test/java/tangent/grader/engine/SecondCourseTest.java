package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.PlannedTest;
import tangent.grader.plan.Planner;
import tangent.grader.run.WorkerSettings;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.secondcourse.api.Doubling;
import tangent.secondcourse.api.Slope;

/**
 * The engine grades a course it does not name: the tiny course of {@code second-course.properties}
 * (two tasks, its own @Exercise interfaces and suites, all in this test tree), planned, compiled and
 * run in workers exactly as the real course is, with the real course on the same class path.
 */
class SecondCourseTest {

    private static final Course SECOND = Course.load("second-course.properties");
    private static final long SEED = 7;

    private static Path submission(String name) throws Exception {
        return Path.of(SecondCourseTest.class.getResource("/second-course/" + name).toURI());
    }

    @Test
    void itsPlanHoldsItsOwnTestsAndNoneOfTheRealCourse() {
        GradingPlan plan = new Planner(SECOND).plan();
        assertThat(plan.exercises()).containsExactlyInAnyOrder(Doubling.class, Slope.class);
        assertThat(plan.tests()).extracting(PlannedTest::lesson).containsOnly("C1");
        assertThat(plan.tests()).extracting(PlannedTest::task).containsOnly("doubling", "slope");
        assertThat(new Planner(Course.load()).plan().tests()).extracting(PlannedTest::lesson).doesNotContain("C1");
        assertThat(SECOND.apiClasspath()).isNotEmpty();
    }

    @Test
    void aRightSubmissionScoresFullMarksAndAWrongOneLosesExactlyItsBugs() throws Exception {
        GradingPlan plan = new Planner(SECOND).plan();
        try (Grader grader = new Grader(SECOND, plan, WorkerSettings.defaults().withTestTimeout(Duration.ofSeconds(10)))) {
            Scorecard right = grader.grade(submission("right"), SEED);
            assertThat(right.maxScore()).isEqualTo(plan.maxScore());
            assertThat(right.score()).as(right.message()).isEqualTo(plan.maxScore());

            Scorecard wrong = grader.grade(submission("wrong"), SEED);
            // Its Twice drops the high bits (only the large numbers catch it); its Parabola forgets the factor 2.
            Set<String> caught = Set.of("C1.doubling.largeNumbers", "C1.slope.parabolas");
            double lost = plan.tests().stream().filter(t -> caught.contains(t.id())).mapToDouble(PlannedTest::points).sum();
            assertThat(plan.tests()).extracting(PlannedTest::id).containsAll(caught);
            assertThat(wrong.score()).isEqualTo(plan.maxScore() - lost);
            List<TestResult> failed = wrong.tests().stream().filter(t -> t.status() == TestStatus.FAILED).toList();
            assertThat(failed.stream().map(TestResult::id).collect(Collectors.toSet())).isEqualTo(caught);
            assertThat(failed).anySatisfy(t -> assertThat(t.message()).contains("derivative(3, 1)"));
        }
    }
}
