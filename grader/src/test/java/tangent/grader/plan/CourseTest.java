package tangent.grader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What a submission compiles against: the course's API and the engine's annotation, never the hidden parts. */
class CourseTest {

    @Test
    void theCompileClassPathHoldsTheApiButNeitherTheSuitesNorTheReference() throws Exception {
        Course course = Course.load();
        List<String> hidden = new ArrayList<>(List.of(course.suitePackage().replace('.', '/') + "/"));
        course.gradedPackages().forEach(p -> hidden.add(p.replace('.', '/') + "/"));
        List<Path> entries = course.apiClasspath();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
        boolean api = false;
        for (Path entry : entries) {
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(entry)) {
                try (var walk = Files.walk(entry)) {
                    walk.forEach(p -> names.add(entry.relativize(p).toString().replace('\\', '/') + "/"));
                }
            } else {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    Collections.list(jar.entries()).forEach(e -> names.add(e.getName()));
                }
            }
            for (String folder : hidden) {
                assertThat(names).as(entry + " is on the students' compile class path").noneMatch(n -> n.startsWith(folder));
            }
            api |= names.stream().anyMatch(n -> n.startsWith(course.apiPackages().get(0).replace('.', '/') + "/"));
        }
        assertThat(api).as("the API packages are on it").isTrue();
    }

    @Test
    void aCourseThatIsNotThereIsNamedInTheError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Course.load("no-such-course.properties"))
                .hasMessage("no no-such-course.properties on the class path: the grader has no course");
    }
}
