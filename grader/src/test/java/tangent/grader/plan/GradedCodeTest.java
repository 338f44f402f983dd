package tangent.grader.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradedCodeTest {

    @TempDir
    Path dir;

    private String hash(Path... roots) throws Exception {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            return GradedCode.sha256(loader, List.of("course.suites", "course.reference"));
        }
    }

    private static void write(Path root, String name, String content) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void aChangeToAHelperATestlessClassOrATableChangesTheHash() throws Exception {
        Path classes = dir.resolve("classes");
        write(classes, "course/suites/lesson05/NetworksSuite.class", "tests");
        write(classes, "course/suites/lesson05/Networks.class", "a helper without tests");
        write(classes, "course/reference/cas/tables.tsv", "D(x^2) = 2 x");
        write(classes, "other/Unrelated.class", "not graded");
        String before = hash(classes);
        assertThat(before).hasSize(64).isEqualTo(hash(classes));

        write(classes, "course/suites/lesson05/Networks.class", "a helper, edited");
        String helperEdited = hash(classes);
        assertThat(helperEdited).isNotEqualTo(before);

        write(classes, "course/reference/cas/tables.tsv", "D(x^2) = 2*x");
        String tableEdited = hash(classes);
        assertThat(tableEdited).isNotEqualTo(helperEdited);

        write(classes, "course/suites/lesson05/deeper/Extra.class", "a new class in a subpackage");
        assertThat(hash(classes)).isNotEqualTo(tableEdited);

        write(classes, "other/Unrelated.class", "still not graded");
        assertThat(hash(classes)).isEqualTo(hash(classes));
    }

    @Test
    void classesInAJarHashLikeTheSameClassesInAFolderAndTheFirstOnTheClassPathCounts() throws Exception {
        Path classes = dir.resolve("classes");
        write(classes, "course/suites/A.class", "a");
        write(classes, "course/reference/B.class", "b");
        Path jar = dir.resolve("course.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("course/", "course/suites/", "course/reference/")) {
                out.putNextEntry(new JarEntry(folder)); // as Maven's jar plugin writes them
                out.closeEntry();
            }
            for (String name : List.of("course/suites/A.class", "course/reference/B.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(Files.readAllBytes(classes.resolve(name)));
                out.closeEntry();
            }
        }
        assertThat(hash(jar)).isEqualTo(hash(classes));

        Path shadow = dir.resolve("shadow");
        write(shadow, "course/suites/A.class", "shadowed copy");
        assertThat(hash(classes, shadow)).isEqualTo(hash(classes));
        assertThat(hash(shadow, classes)).isNotEqualTo(hash(classes));
    }

    @Test
    void aPackageThatIsNotThereIsAnError() throws Exception {
        Path classes = dir.resolve("classes");
        write(classes, "course/suites/A.class", "a");
        assertThatThrownBy(() -> hash(classes)).isInstanceOf(PlanException.class)
                .hasMessageContaining("course.reference");
    }
}
