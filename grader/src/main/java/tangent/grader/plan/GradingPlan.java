package tangent.grader.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every graded test of the course, in a stable order (lesson, task, suite order).
 *
 * @param tests        the tests
 * @param exercises    every exercise interface some test needs
 * @param suitesSha256 hex SHA-256 over the suites' class files, to tell which suites graded what
 */
public record GradingPlan(List<PlannedTest> tests, List<Class<?>> exercises, String suitesSha256) {

    public GradingPlan {
        tests = List.copyOf(tests);
        exercises = List.copyOf(exercises);
    }

    /** The most a submission can score. */
    public double maxScore() {
        return tests.stream().mapToDouble(PlannedTest::points).sum();
    }

    /** The lessons in plan order. */
    public Set<String> lessons() {
        Set<String> lessons = new LinkedHashSet<>();
        tests.forEach(t -> lessons.add(t.lesson()));
        return lessons;
    }
}
