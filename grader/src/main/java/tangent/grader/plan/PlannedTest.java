package tangent.grader.plan;

import java.util.List;
import tangent.grader.suite.Visibility;

/**
 * One graded test, known before anything runs.
 *
 * @param id         stable id, {@code LESSON.task.method}
 * @param lesson     lesson id from the exercise, e.g. {@code L01}
 * @param task       task id from the exercise, e.g. {@code sigmoid}
 * @param name       what the test checks, in words (its display name)
 * @param points     what passing earns
 * @param visibility who sees it
 * @param uniqueId   JUnit's unique id, to select the test in a worker
 * @param requires   binary names of the exercise interfaces the test needs implemented
 */
public record PlannedTest(String id, String lesson, String task, String name, double points,
        Visibility visibility, String uniqueId, List<String> requires) {

    public PlannedTest {
        requires = List.copyOf(requires);
    }
}
