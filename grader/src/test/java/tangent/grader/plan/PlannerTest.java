package tangent.grader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.suite.Visibility;

/** The course's plan as the engine sees it: complete, labelled and fixed before any run. */
class PlannerTest {

    private final GradingPlan plan = new Planner(Course.load()).plan();

    @Test
    void everyTestIsPlannedWithPointsAndLessonOneHasItsTasks() {
        assertThat(plan.tests()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.points()).isPositive();
            assertThat(t.id()).startsWith(t.lesson() + "." + t.task() + ".");
            String method = t.id().substring(t.id().lastIndexOf('.') + 1);
            assertThat(t.name()).as("a @DisplayName in words").doesNotStartWith(method + "(");
            assertThat(t.requires()).isNotEmpty();
        });
        assertThat(plan.tests()).extracting(PlannedTest::task).contains("difference-quotients", "cubic-derivative",
                "rules", "sigmoid");
    }

    @Test
    void theSecondCoursesPlanSumsItsSuitesPoints() {
        // A fixture course of this test tree (DoublingSuite: @Points(1) and @Points(2); SlopeSuite: @Points(2)).
        GradingPlan second = new Planner(Course.load("second-course.properties")).plan();
        assertThat(second.tests()).extracting(PlannedTest::id).containsExactlyInAnyOrder("C1.doubling.smallNumbers",
                "C1.doubling.largeNumbers", "C1.slope.parabolas");
        assertThat(second.maxScore()).isEqualTo(5.0);
        assertThat(second.tests()).filteredOn(t -> t.visibility() == Visibility.HIDDEN).extracting(PlannedTest::id)
                .containsExactly("C1.doubling.largeNumbers");
    }

    @Test
    void bothVisibleAndHiddenTestsExist() {
        assertThat(plan.tests()).extracting(PlannedTest::visibility).contains(Visibility.VISIBLE, Visibility.HIDDEN);
    }

    @Test
    void planIsStableFromRunToRun() {
        GradingPlan again = new Planner(Course.load()).plan();
        assertThat(again.tests()).isEqualTo(plan.tests());
        assertThat(again.suitesSha256()).isEqualTo(plan.suitesSha256()).hasSize(64);
    }
}
