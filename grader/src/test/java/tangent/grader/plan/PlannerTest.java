package tangent.grader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tangent.grader.suite.Visibility;

/** The course's plan as the engine sees it: complete, labelled and fixed before any run. */
class PlannerTest {

    private final GradingPlan plan = new Planner(Course.load()).plan();

    @Test
    void everyTestIsPlannedWithPointsAndLessonOneIsComplete() {
        assertThat(plan.tests()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.points()).isPositive();
            assertThat(t.id()).startsWith(t.lesson() + "." + t.task() + ".");
            String method = t.id().substring(t.id().lastIndexOf('.') + 1);
            assertThat(t.name()).as("a @DisplayName in words").doesNotStartWith(method + "(");
            assertThat(t.requires()).isNotEmpty();
        });
        assertThat(plan.tests()).extracting(PlannedTest::task).contains("difference-quotients", "cubic-derivative",
                "rules", "sigmoid");
        assertThat(plan.tests().stream().filter(t -> t.lesson().equals("L01")).mapToDouble(PlannedTest::points).sum())
                .isEqualTo(54.0);
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
