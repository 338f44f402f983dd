package tangent.grader.plan;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import tangent.course.Exercise;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Points;
import tangent.grader.suite.TestIds;
import tangent.grader.suite.Visibility;

/**
 * Discovers the course's graded tests with the JUnit Platform Launcher, without running any, and
 * checks that each is plannable: a plain {@code @Test} with {@code @Points}, in a {@code @Grades}
 * suite. Dynamic tests (parameterized, repeated, factories) are refused, because their number is
 * only known while they run, and a plan must know its maximum score beforehand.
 */
public final class Planner {

    private final Course course;

    public Planner(Course course) {
        this.course = course;
    }

    public GradingPlan plan() {
        Launcher launcher = LauncherFactory.create();
        TestPlan discovered = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(course.suitePackage()))
                .build());
        List<PlannedTest> tests = new ArrayList<>();
        Set<Class<?>> exercises = new LinkedHashSet<>();
        for (TestIdentifier root : discovered.getRoots()) {
            for (TestIdentifier node : discovered.getDescendants(root)) {
                TestSource source = node.getSource().orElse(null);
                if (!(source instanceof MethodSource methodSource)) {
                    continue;
                }
                Method method = methodSource.getJavaMethod();
                Class<?> suite = methodSource.getJavaClass();
                if (node.isContainer()) {
                    throw new PlanException(suite.getName() + "." + method.getName()
                            + " is a dynamic test (parameterized, repeated or a factory): graded tests must be plain"
                            + " @Test methods, so that the plan knows every test before running.");
                }
                tests.add(planned(node, suite, method, exercises));
            }
        }
        if (tests.isEmpty()) {
            throw new PlanException("no graded tests found in package " + course.suitePackage());
        }
        tests.sort(Comparator.comparing(PlannedTest::lesson).thenComparing(PlannedTest::task).thenComparing(PlannedTest::id));
        List<String> ids = tests.stream().map(PlannedTest::id).toList();
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new PlanException("two graded tests share an id (same method name in the same task): " + ids);
        }
        return new GradingPlan(tests, List.copyOf(exercises), hash());
    }

    private static PlannedTest planned(TestIdentifier node, Class<?> suite, Method method, Set<Class<?>> exercises) {
        Points points = method.getAnnotation(Points.class);
        String where = suite.getName() + "." + method.getName();
        if (points == null || !(points.value() > 0)) {
            throw new PlanException(where + " needs @Points with a positive value");
        }
        Exercise exercise;
        try {
            exercise = TestIds.exerciseOf(suite);
        } catch (IllegalStateException e) {
            throw new PlanException(e.getMessage());
        }
        List<String> requires = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            if (type.isInterface() && type.isAnnotationPresent(Exercise.class)) {
                requires.add(type.getName());
                exercises.add(type);
            }
        }
        return new PlannedTest(TestIds.of(suite, method), exercise.lesson(), exercise.task(), node.getDisplayName(),
                points.value(), Visibility.of(method), node.getUniqueId(), requires);
    }

    /**
     * What decides a grade: the suite package whole (tests and every helper), the API, the
     * course's other graded packages, and the engine's checking code.
     */
    private String hash() {
        Set<String> packages = new TreeSet<>();
        packages.add(course.suitePackage());
        packages.addAll(course.apiPackages());
        packages.addAll(course.gradedPackages());
        packages.add(Tolerance.class.getPackageName());
        return GradedCode.sha256(Planner.class.getClassLoader(), packages);
    }
}
