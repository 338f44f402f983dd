package tangent.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive is used only when newer than every jar, and a recording replaces it atomically. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void folderClassPathsGetNoArchive() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ClassDataArchive.forClasspath(classes.toString())).isEmpty();
    }

    @Test
    void anArchiveIsFreshOnlyWhenNewerThanEveryJar() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jar"), "a");
        Path b = Files.writeString(dir.resolve("b.jar"), "b");
        ClassDataArchive archive = ClassDataArchive.forClasspath(a + File.pathSeparator + b).orElseThrow();
        assertThat(archive.isFresh()).isFalse();
        assertThat(archive.options(archive.newDump())).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));

        Path dump = archive.newDump();
        Files.writeString(dump, "recorded classes");
        archive.adopt(dump, true);
        Path file = dir.resolve("tangent-worker.jsa");
        assertThat(file).exists();
        assertThat(dump).doesNotExist();
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(b, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(archive.isFresh()).isTrue();
        assertThat(archive.options(null)).contains("-XX:SharedArchiveFile=" + file, "-Xshare:auto");

        Files.setLastModifiedTime(b, FileTime.from(Instant.now().plusSeconds(60))); // the jar was rebuilt
        assertThat(archive.isFresh()).isFalse();
    }

    @Test
    void aRecordingFromAKilledWorkerIsDiscarded() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "a");
        ClassDataArchive archive = ClassDataArchive.forClasspath(jar.toString()).orElseThrow();
        Path dump = archive.newDump();
        Files.writeString(dump, "half an archive");
        archive.adopt(dump, false);
        assertThat(dump).doesNotExist();
        assertThat(dir.resolve("tangent-worker.jsa")).doesNotExist();
    }
}
