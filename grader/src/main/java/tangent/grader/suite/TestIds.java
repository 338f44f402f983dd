package tangent.grader.suite;

import java.lang.reflect.Method;
import tangent.course.Exercise;

/**
 * Stable names for graded tests, {@code LESSON.task.method} (for example
 * {@code L01.sigmoid.derivativeAtRandomPoints}). The planner and the worker both derive them here,
 * and each test's random seed is derived from it, so a test keeps its name and its inputs when
 * other tests are added or reordered.
 */
public final class TestIds {

    private TestIds() {
    }

    /** The exercise a suite grades, with its metadata; fails clearly on a misdeclared suite. */
    public static Exercise exerciseOf(Class<?> suite) {
        Grades grades = suite.getAnnotation(Grades.class);
        if (grades == null) {
            throw new IllegalStateException(suite.getName() + " has tests but no @Grades annotation");
        }
        Exercise exercise = grades.value().getAnnotation(Exercise.class);
        if (exercise == null || !grades.value().isInterface()) {
            throw new IllegalStateException(suite.getName() + " grades " + grades.value().getName()
                    + ", which is not an interface annotated with @Exercise");
        }
        return exercise;
    }

    /** The id of a test method of a suite. */
    public static String of(Class<?> suite, Method test) {
        Exercise exercise = exerciseOf(suite);
        return exercise.lesson() + "." + exercise.task() + "." + test.getName();
    }

    /** The seed of one test: the run's seed mixed with the test's id (SplitMix64's finaliser). */
    public static long seedOf(long runSeed, String testId) {
        long z = runSeed ^ (0x9E3779B97F4A7C15L * testId.hashCode());
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
