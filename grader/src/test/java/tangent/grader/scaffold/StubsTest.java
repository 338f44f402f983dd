package tangent.grader.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.course.Exercise;
import tangent.grader.build.BuildResult;
import tangent.grader.build.Javac;
import tangent.grader.intake.SourceFile;
import tangent.grader.plan.Course;
import tangent.grader.plan.TheCourse;

/** The starter's stubs and sample tests, written from the exercise interfaces. */
class StubsTest {

    /** An interface with what the course's do not all have: generics, varargs, nested and array types, throws. */
    @Exercise(lesson = "L42", task = "shapes", title = "Shapes of every kind")
    public interface Shapes {
        record Point(double x, double y) {
        }

        double value(double x);

        <T extends Comparable<T>> List<T> sorted(List<? extends T> items, Map<String, T[]> byName);

        Point[][] grid(int rows, int... columns);

        DoubleUnaryOperator derivative(DoubleUnaryOperator f) throws java.io.IOException;

        default String name() {
            return "shapes";
        }
    }

    @TempDir
    Path dir;

    @Test
    void aStubDeclaresEveryAbstractMethodInOrderWithItsTypesAndNames() throws Exception {
        assertThat(Stubs.implementation(Shapes.class)).isEqualTo("""
                package student;

                import java.io.IOException;
                import java.util.List;
                import java.util.Map;
                import java.util.function.DoubleUnaryOperator;
                import tangent.grader.scaffold.StubsTest;

                /** Lesson 42: shapes of every kind. The task is in the Javadoc of Shapes. */
                public class MyShapes implements StubsTest.Shapes {

                    @Override
                    public double value(double x) {
                        throw new UnsupportedOperationException("not implemented yet");
                    }

                    @Override
                    public <T extends Comparable<T>> List<T> sorted(List<? extends T> items, Map<String, T[]> byName) {
                        throw new UnsupportedOperationException("not implemented yet");
                    }

                    @Override
                    public StubsTest.Shapes.Point[][] grid(int rows, int... columns) {
                        throw new UnsupportedOperationException("not implemented yet");
                    }

                    @Override
                    public DoubleUnaryOperator derivative(DoubleUnaryOperator f) throws IOException {
                        throw new UnsupportedOperationException("not implemented yet");
                    }
                }
                """);
    }

    @Test
    void theCoursesStarterCompilesAgainstTheApiAndEveryMethodThrows() throws Exception {
        Course course = Course.load();
        List<SourceFile> sources = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : Stubs.of(TheCourse.plan().exercises()).entrySet()) {
            if (file.getKey().startsWith("src/main/java/")) {
                String text = new String(file.getValue(), StandardCharsets.UTF_8);
                sources.add(new SourceFile(file.getKey(), text));
                assertThat(text).contains("throw new UnsupportedOperationException(\"" + StarterProject.NOT_IMPLEMENTED + "\")");
            }
        }
        assertThat(sources).hasSize(TheCourse.tasks());
        BuildResult built = new Javac(course.apiClasspath()).compile(sources, Files.createDirectories(dir.resolve("classes")));
        assertThat(built).as(built.toString()).isInstanceOf(BuildResult.Compiled.class);
    }
}
