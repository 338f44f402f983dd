package tangent.grader.plan;

import java.util.List;
import java.util.Locale;
import tangent.grader.score.Points;

/**
 * The course on the class path as its plan states it, for tests that must not write its totals in:
 * adding a lesson or a task changes these and no test.
 */
public final class TheCourse {

    private static GradingPlan plan;

    private TheCourse() {
    }

    /** The whole course's plan, discovered once per test JVM. */
    public static synchronized GradingPlan plan() {
        if (plan == null) {
            plan = new Planner(Course.load()).plan();
        }
        return plan;
    }

    /** The most points a submission can earn. */
    public static double maxScore() {
        return plan().maxScore();
    }

    /** The most points of one lesson. */
    public static double lessonMax(String lesson) {
        return plan().tests().stream().filter(t -> t.lesson().equals(lesson)).mapToDouble(PlannedTest::points).sum();
    }

    /** A number of points as reports write it ({@code score.Points}). */
    public static String points(double points) {
        return Points.show(points);
    }

    /** The lessons, in course order. */
    public static List<String> lessons() {
        return plan().tests().stream().map(PlannedTest::lesson).distinct().sorted().toList();
    }

    /** How many tasks (exercise interfaces) the course has. */
    public static int tasks() {
        return plan().exercises().size();
    }

    /** A lesson id the course does not have: the one after its last. */
    public static String lessonAfterTheLast() {
        List<String> lessons = lessons();
        return String.format(Locale.ROOT, "L%02d", Integer.parseInt(lessons.get(lessons.size() - 1).substring(1)) + 1);
    }
}
