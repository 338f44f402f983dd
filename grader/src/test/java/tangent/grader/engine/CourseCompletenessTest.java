package tangent.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.course.Exercise;
import tangent.grader.build.BuildResult;
import tangent.grader.build.Javac;
import tangent.grader.discovery.Implementation;
import tangent.grader.discovery.ImplementationFinder;
import tangent.grader.intake.Intake;
import tangent.grader.plan.Course;
import tangent.grader.plan.GradingPlan;
import tangent.grader.plan.TheCourse;

/**
 * Every task of the course has its four parts: the @Exercise interface, a reference that implements
 * it, public sample tests ({@code <Task>Samples} in the exercises' test tree), a suite that grades it,
 * and an implementation in {@code submissions/sample-complete}. A missing part is named, so adding a
 * lesson says what is left to write. (It lives here, not among the suites, whose package the planner
 * reads as graded tests.)
 */
class CourseCompletenessTest {

    private static final Path ROOT = Path.of(System.getProperty("tangent.submissions", "../submissions")).getParent();

    @TempDir
    Path dir;

    @Test
    void everyTaskHasAReferenceSamplesASuiteAndAPartInTheCompleteSample() throws Exception {
        assertThat(missingParts(Course.load(), TheCourse.plan(), ROOT.resolve("submissions/sample-complete")))
                .as("parts missing from the course").isEmpty();
    }

    @Test
    void aCourseWithoutReferenceOrSamplesIsToldWhatIsMissing() throws Exception {
        // The engine's test course has suites and a complete submission, but no reference and no public samples.
        Course second = Course.load("second-course.properties");
        Path right = Path.of(CourseCompletenessTest.class.getResource("/second-course/right").toURI());
        assertThat(missingParts(second, new tangent.grader.plan.Planner(second).plan(), right)).containsExactlyInAnyOrder(
                "tangent.secondcourse.api.Doubling: no reference implements it (in [])",
                "tangent.secondcourse.api.Doubling: no public sample tests "
                        + "(exercises/src/test/java/tangent/secondcourse/api/DoublingSamples.java)",
                "tangent.secondcourse.api.Slope: no reference implements it (in [])",
                "tangent.secondcourse.api.Slope: no public sample tests "
                        + "(exercises/src/test/java/tangent/secondcourse/api/SlopeSamples.java)");
    }

    /** What each @Exercise interface of the course lacks, one line per missing part. */
    private List<String> missingParts(Course course, GradingPlan plan, Path completeSample) throws Exception {
        JavaClasses classes = new ClassFileImporter()
                .importPackages(Stream.concat(course.apiPackages().stream(), course.gradedPackages().stream()).toList());
        List<JavaClass> tasks = classes.stream().filter(c -> c.isInterface() && c.isAnnotatedWith(Exercise.class))
                .filter(c -> course.apiPackages().stream().anyMatch(p -> c.getPackageName().startsWith(p))).toList();
        assertThat(tasks).as("the course's @Exercise interfaces").isNotEmpty();

        Path complete = Files.createDirectories(dir.resolve("complete-" + System.nanoTime()));
        BuildResult built = new Javac(course.apiClasspath()).compile(new Intake().read(completeSample).sources(), complete);
        assertThat(built).as(built.toString()).isInstanceOf(BuildResult.Compiled.class);
        Map<String, Implementation> inComplete = new ImplementationFinder(course.apiPackages())
                .find(List.of(complete), plan.exercises());

        List<String> missing = new ArrayList<>();
        for (JavaClass task : tasks) {
            String name = task.getName();
            if (plan.exercises().stream().noneMatch(e -> e.getName().equals(name))) {
                missing.add(name + ": no suite grades it (a @Grades(" + task.getSimpleName() + ".class) class in "
                        + course.suitePackage() + ")");
            }
            if (classes.stream().noneMatch(c -> !c.isInterface() && course.gradedPackages().stream()
                    .anyMatch(p -> c.getPackageName().startsWith(p)) && c.isAssignableTo(name))) {
                missing.add(name + ": no reference implements it (in " + course.gradedPackages() + ")");
            }
            Path samples = ROOT.resolve("exercises/src/test/java/" + name.replace('.', '/') + "Samples.java");
            if (!Files.isRegularFile(samples)) {
                missing.add(name + ": no public sample tests (" + ROOT.relativize(samples) + ")");
            } else {
                missing.addAll(formulasUnsampled(task, Files.readString(samples)));
            }
            if (!(inComplete.get(name) instanceof Implementation.Found)) {
                missing.add(name + ": " + completeSample.getFileName() + " does not implement it");
            }
        }
        return missing;
    }

    /**
     * The formula methods (answers as text: String, String[], String[][]) that the task's samples do
     * not call, or that the reference's FormulaSamplesTest has no mistake for: a student would get
     * no feedback on them from `mvn test`.
     */
    private static List<String> formulasUnsampled(JavaClass task, String samples) throws Exception {
        Path mistakes = ROOT.resolve("reference/src/test/java/tangent/reference/FormulaSamplesTest.java");
        String cases = Files.isRegularFile(mistakes) ? Files.readString(mistakes) : "";
        List<String> missing = new ArrayList<>();
        for (var method : task.getMethods()) {
            String type = method.getRawReturnType().getName();
            if (!type.equals(String.class.getName()) && !type.equals(String[].class.getName())
                    && !type.equals(String[][].class.getName())) {
                continue;
            }
            if (!samples.contains("." + method.getName() + "(")) {
                missing.add(task.getName() + ": its samples do not check the formula " + method.getName() + "()");
            } else if (!cases.contains("\"" + method.getName() + "\"")) {
                missing.add(task.getName() + ": FormulaSamplesTest has no mistake for " + method.getName() + "()");
            }
        }
        return missing;
    }
}
