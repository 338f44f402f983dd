package tangent.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tangent.grader.build.BuildResult;
import tangent.grader.build.Javac;
import tangent.grader.intake.SourceFile;
import tangent.grader.plan.Course;

class BytecodePolicyTest {

    @TempDir
    Path dir;

    private List<Violation> check(String source) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<SourceFile> sources = List.of(new SourceFile("p/C.java", "package p;\n" + source));
        BuildResult built = new Javac(Course.load().apiClasspath())
                .compile(sources, classes); // in this JVM: the policy is under test, not the compiler's process
        assertThat(built).as(built.toString()).isInstanceOf(BuildResult.Compiled.class);
        return new BytecodePolicy(List.of("tangent.exercises")).check(classes);
    }

    @Test
    void everydayJavaIsAllowed() throws Exception {
        assertThat(check("""
                import java.util.*;
                import java.util.function.*;
                import java.util.stream.*;
                public class C implements tangent.exercises.lesson01.Sigmoid {
                    record Point(double x, double y) { }
                    enum Kind { A, B }
                    private final Map<String, List<Double>> memo = new HashMap<>();
                    public double value(double x) {
                        assert x == x;
                        double[] xs = DoubleStream.iterate(0, v -> v + 1).limit(5).toArray();
                        List<Point> points = Arrays.stream(xs).mapToObj(v -> new Point(v, Math.exp(-v))).collect(Collectors.toList());
                        String s = "x = " + x + String.format("%.3f", x) + points.get(0);
                        switch (Kind.A) { case A -> s += "a"; default -> s += "b"; }
                        System.out.println(s);
                        Optional<Double> o = Optional.of(x);
                        StringBuilder b = new StringBuilder().append(1).append('c');
                        java.math.BigDecimal d = new java.math.BigDecimal("1.5");
                        try { Integer.parseInt("x"); } catch (NumberFormatException e) { s = e.getMessage(); }
                        DoubleUnaryOperator f = Math::tanh;
                        return 1 / (1 + Math.exp(-x)) + 0 * f.applyAsDouble(o.get()) + 0 * d.doubleValue() + 0 * b.length();
                    }
                    public double derivative(double x) { double s = value(x); return s * (1 - s); }
                    public String derivativeExpression() { return getClass().getSimpleName(); }
                }
                """)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "System.exit(1);                                               | java.lang.System.exit      | end the grading JVM",
        "Runtime.getRuntime().halt(1);                                  | java.lang.Runtime          | ",
        "new Thread(() -> {}).start();                                  | java.lang.Thread           | threads",
        "java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/etc/passwd\")); | java.nio.file          | files",
        "new java.io.FileOutputStream(\"x\").close();                   | java.io.FileOutputStream   | files",
        "new java.net.Socket(\"example.org\", 80).close();              | java.net.Socket            | network",
        "new ProcessBuilder(\"ls\").start();                            | java.lang.ProcessBuilder   | processes",
        "System.getenv(\"GITHUB_TOKEN\");                               | java.lang.System.getenv    | environment",
        "System.getProperty(\"user.home\");                             | java.lang.System.getProperty | environment",
        "Class.forName(\"tangent.reference.lesson01.ReferenceSigmoid\"); | java.lang.Class.forName   | reflection",
        "getClass().getDeclaredMethods();                               | getDeclaredMethods         | reflection",
        "getClass().getClassLoader();                                   | getClassLoader             | reflection",
        "java.util.List.of(1).parallelStream().count();                 | parallelStream             | threads",
        "java.util.concurrent.Executors.newFixedThreadPool(2);          | java.util.concurrent       | threads",
        "Runnable r = () -> System.exit(0); r.run();                    | java.lang.System.exit      | ",
        "java.util.function.IntConsumer c = System::exit; c.accept(0);  | java.lang.System.exit      | ",
        "Object o = Thread.class;                                        | java.lang.Thread           | threads",
        "java.util.stream.StreamSupport.stream(java.util.List.of(1).spliterator(), true).count(); | StreamSupport | parallel streams",
        "java.util.Locale.setDefault(java.util.Locale.GERMANY);         | java.util.Locale.setDefault | default Locale",
        "java.util.TimeZone.setDefault(null);                           | java.util.TimeZone.setDefault | default TimeZone",
        "Integer.getInteger(\"user.home\");                           | java.lang.Integer.getInteger | system properties",
        "Boolean.getBoolean(\"x\");                                   | java.lang.Boolean.getBoolean | system properties",
        "Long.getLong(\"x\");                                         | java.lang.Long.getLong     | system properties",
    })
    void dangerousCallsAreRefusedWithClassMethodAndReason(String statement, String call, String reason) throws Exception {
        List<Violation> violations = check("public class C { public void run() throws Exception { " + statement + " } }");
        assertThat(violations).as(statement).isNotEmpty();
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.className()).startsWith("p.C");
            assertThat(v.call()).contains(call);
            if (reason != null) {
                assertThat(v.reason()).contains(reason);
            }
        });
        assertThat(violations.get(0).describe()).startsWith("p.C");
    }

    @Test
    void aFinalizerIsRefusedSinceItRunsLaterOnAThreadOfItsOwn() throws Exception {
        assertThat(check("public class C { @SuppressWarnings(\"removal\") protected void finalize() { } }"))
                .singleElement().satisfies(v -> {
                    assertThat(v.call()).isEqualTo("a finalize() method");
                    assertThat(v.reason()).contains("may not declare finalize()");
                });
        assertThat(check("public class C { void finalize(int times) { } }")).as("another method of that name").isEmpty();
    }

    @Test
    void nativeMethodsAndReservedPackagesAreRefused() throws Exception {
        assertThat(check("public class C { native void poke(); }")).extracting(Violation::reason)
                .containsExactly("a submission may not use native code");
        Path classes = Files.createDirectories(dir.resolve("classes2"));
        List<SourceFile> sources = List.of(new SourceFile("tangent/grader/Grader.java",
                "package tangent.grader; public class Grader { }"));
        new Javac(Course.load().apiClasspath())
                .compile(sources, classes);
        assertThat(new BytecodePolicy(List.of("tangent.exercises")).check(classes)).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("packages of the JDK, the grader"));
    }
}
