package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line survives the launcher's class-data archive: `./tangent` runs the grader with
 * {@code -XX:ArchiveClassesAtExit} (C1 only) to start faster next time, and JDK 17 crashed while
 * writing that archive (SIGSEGV, exit 134, after the work was done) when the command line's start-up
 * made certain lambda proxies. The archive is made only from jars, so the grader's classes are
 * jarred here first and the command run as the launcher runs it.
 */
class LauncherArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theCommandLineExitsAsItShouldWhileTheArchiveIsRecorded() throws Exception {
        Path classes = Path.of(Tangent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("tangent.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        List<String> classPath = new ArrayList<>(List.of(jar.toString()));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).forEach(classPath::add);
        assertThat(run(classPath, "--version")).isZero();
        assertThat(dir.resolve("cli.jsa")).isNotEmptyFile();
        Files.delete(dir.resolve("cli.jsa"));
        assertThat(run(classPath, "grade", "--seed", "abc", dir.toString())).isEqualTo(2);
    }

    private int run(List<String> classPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:ArchiveClassesAtExit=" + dir.resolve("cli.jsa"), "-cp", String.join(File.pathSeparator, classPath),
                Tangent.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        int exit = process.waitFor();
        assertThat(exit).as(Files.readString(dir.resolve("out.txt"))).isNotEqualTo(134);
        return exit;
    }
}
