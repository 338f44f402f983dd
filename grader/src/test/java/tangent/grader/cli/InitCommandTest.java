package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tangent.grader.plan.Course;
import tangent.grader.plan.TheCourse;

/** {@code tangent init}: a new submission folder that compiles and grades to zero, never over work. */
class InitCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Tangent.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aFreshScaffoldGradesAsGradedWithZeroPointsAndLocatedErrors() throws Exception {
        Path alice = dir.resolve("submissions/alice");
        assertThat(run("init", alice.toString())).as(err.toString()).isZero();
        int tasks = TheCourse.tasks();
        assertThat(out.toString()).contains("Started", tasks + " classes to implement", tasks + " public sample tests");
        assertThat(alice.resolve("src/main/java/student/MySigmoid.java")).exists();
        assertThat(alice.resolve("src/test/java/student/MySigmoidTest.java")).exists();
        assertThat(Files.readString(alice.resolve("pom.xml"))).contains("<artifactId>alice</artifactId>");

        Path grades = dir.resolve("grades");
        assertThat(run("grade", alice.toString(), "--out", grades.toString(), "--seed", "3")).as(err.toString()).isZero();
        JsonNode card = new ObjectMapper().readTree(grades.resolve("alice.json").toFile());
        assertThat(card.get("status").asText()).isEqualTo("graded");
        assertThat(card.get("score").asDouble()).isZero();
        assertThat(card.get("max_score").asDouble()).isEqualTo(TheCourse.maxScore());
        List<JsonNode> located = new ArrayList<>();
        card.get("tests").forEach(t -> {
            if (t.has("location")) {
                located.add(t);
            }
        });
        assertThat(located).isNotEmpty();
        JsonNode sigmoid = located.stream().filter(t -> t.get("task").asText().equals("sigmoid")).findFirst().orElseThrow();
        assertThat(sigmoid.at("/location/file").asText()).isEqualTo("src/main/java/student/MySigmoid.java");
        assertThat(sigmoid.at("/location/line").asInt()).isPositive();
        assertThat(sigmoid.get("message").asText()).contains("not implemented yet");
        // One submission: the student's report follows, plain text when not on a terminal: the next task
        // to write (the course's first), then each lesson, none begun, on one line.
        String first = TheCourse.lessons().get(0);
        assertThat(out.toString()).contains("alice: 0 / " + TheCourse.points(TheCourse.maxScore()) + " points (graded)",
                        "Next: " + first + " ", "then check it: ./tangent grade " + alice + " --lessons " + first,
                        tasks + " task(s) not started yet")
                .containsPattern("(?m)^" + first + "  0 / " + TheCourse.points(TheCourse.lessonMax(first))
                        + "  not started \\(\\d+ tasks: .*sigmoid.*\\)$")
                .doesNotContain("\033[");
        assertThat(out.toString().lines().filter(l -> l.contains("  not started ("))).hasSize(TheCourse.lessons().size());
    }

    @Test
    void aCourseThatCannotBeReadIsSaidInOneLineAndNothingIsWritten() throws Exception {
        String before = System.getProperty(Course.CHOICE);
        System.setProperty(Course.CHOICE, "no-such-course.properties");
        try {
            Path eve = dir.resolve("eve");
            assertThat(run("init", eve.toString())).isEqualTo(1);
            assertThat(err.toString()).startsWith("tangent: the course's exercises cannot be read, so nothing was written: "
                    + "no no-such-course.properties on the class path").doesNotContain("\tat ");
            assertThat(eve).doesNotExist();
            Path frank = Files.createDirectories(dir.resolve("frank"));
            Files.writeString(frank.resolve("A.java"), "class A { }\n");
            assertThat(run("grade", frank.toString(), "--out", dir.resolve("grades").toString())).isEqualTo(1);
            assertThat(err.toString()).contains("the grader's suites cannot be planned, so nothing was graded")
                    .doesNotContain("\tat ");
        } finally {
            if (before == null) {
                System.clearProperty(Course.CHOICE);
            } else {
                System.setProperty(Course.CHOICE, before);
            }
        }
    }

    @Test
    void itNeverWritesOverAnExistingSubmission() throws Exception {
        Path bob = dir.resolve("bob");
        Files.createDirectories(bob);
        Files.writeString(bob.resolve("Mine.java"), "class Mine { }\n");
        assertThat(run("init", bob.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists and is not empty; nothing was written");
        try (Stream<Path> files = Files.list(bob)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Mine.java");
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("init", empty.toString())).as(err.toString()).isZero();
        assertThat(empty.resolve("pom.xml")).exists();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".init-"));
        }
    }

    @Test
    void thePomFindsTheCoursesParentPomAboveItOrSaysItNeedsAnInstall() throws Exception {
        Path course = dir.resolve("course");
        Files.createDirectories(course);
        Files.writeString(course.resolve("pom.xml"), "<project><artifactId>tangent-parent</artifactId></project>\n");
        assertThat(run("init", course.resolve("submissions/carol").toString())).isZero();
        assertThat(Files.readString(course.resolve("submissions/carol/pom.xml")))
                .contains("<relativePath>../../pom.xml</relativePath>");

        assertThat(run("init", dir.resolve("loose/dan").toString())).isZero();
        assertThat(Files.readString(dir.resolve("loose/dan/pom.xml"))).contains("<relativePath/>");
        assertThat(out.toString()).contains("mvn install");
    }
}
