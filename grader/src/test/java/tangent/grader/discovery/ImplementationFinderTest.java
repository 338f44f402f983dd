package tangent.grader.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.exercises.lesson01.CubicDerivative;
import tangent.exercises.lesson01.Sigmoid;
import tangent.grader.build.BuildResult;
import tangent.grader.build.Javac;
import tangent.grader.intake.SourceFile;
import tangent.grader.plan.Course;

class ImplementationFinderTest {

    private static final String SIGMOID_BODY = "{ public double value(double x) { return 0; }"
            + " public double derivative(double x) { return 0; } public String derivativeExpression() { return \"0\"; } }";

    @TempDir
    Path out;

    private int finds;

    private Map<String, Implementation> find(SourceFile... sources) throws Exception {
        Path classes = java.nio.file.Files.createDirectories(out.resolve("classes" + finds++));
        // javac in this JVM: what is tested here is discovery, not the compiler's process
        BuildResult built = new Javac(Course.load().apiClasspath()).compile(List.of(sources), classes);
        assertThat(built).isInstanceOf(BuildResult.Compiled.class);
        return new ImplementationFinder(List.of("tangent.exercises")).find(List.of(classes),
                List.of(Sigmoid.class, CubicDerivative.class));
    }

    @Test
    void findsTheOneImplementationThroughAnAbstractBase() throws Exception {
        Map<String, Implementation> found = find(
                new SourceFile("a/Base.java", "package a; public abstract class Base implements tangent.exercises.lesson01.Sigmoid {}"),
                new SourceFile("a/Mine.java", "package a; public class Mine extends Base " + SIGMOID_BODY));
        assertThat(found.get(Sigmoid.class.getName())).isEqualTo(new Implementation.Found(Sigmoid.class.getName(), "a.Mine"));
        assertThat(((Implementation.Missing) found.get(CubicDerivative.class.getName())).reason())
                .startsWith("no class implements CubicDerivative");
    }

    @Test
    void severalImplementationsAreAmbiguous() throws Exception {
        Map<String, Implementation> found = find(
                new SourceFile("One.java", "public class One implements tangent.exercises.lesson01.Sigmoid " + SIGMOID_BODY),
                new SourceFile("Two.java", "public class Two implements tangent.exercises.lesson01.Sigmoid " + SIGMOID_BODY));
        assertThat(((Implementation.Missing) found.get(Sigmoid.class.getName())).reason())
                .startsWith("several classes implement Sigmoid (One, Two)");
    }

    @Test
    void unusableClassesAreExplained() throws Exception {
        assertThat(reason(find(new SourceFile("Hid.java", "class Hid implements tangent.exercises.lesson01.Sigmoid " + SIGMOID_BODY))))
                .contains("Hid implements Sigmoid but is not public");
        assertThat(reason(find(new SourceFile("Arg.java", "public class Arg implements tangent.exercises.lesson01.Sigmoid {"
                + " public Arg(int k) {} public double value(double x) { return 0; } public double derivative(double x) { return 0; }"
                + " public String derivativeExpression() { return \"0\"; } }"))))
                .contains("has no public constructor without arguments");
        assertThat(reason(find(new SourceFile("Out.java", "public class Out { public class In implements tangent.exercises.lesson01.Sigmoid "
                + SIGMOID_BODY + " }"))))
                .contains("is an inner class");
    }

    private static String reason(Map<String, Implementation> found) {
        return ((Implementation.Missing) found.get(Sigmoid.class.getName())).reason();
    }
}
