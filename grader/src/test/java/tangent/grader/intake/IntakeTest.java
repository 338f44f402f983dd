package tangent.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsSourcesSortedAndLeavesOutTestsTargetAndHiddenFolders() throws Exception {
        Path alice = dir.resolve("alice");
        write("alice/B.java", "class B {}");
        write("alice/pkg/A.java", "class A {}");
        write("alice/src/test/java/ATest.java", "class ATest {}");
        write("alice/target/classes/Gen.java", "class Gen {}");
        write("alice/.idea/Tmp.java", "class Tmp {}");
        write("alice/notes.txt", "not java");
        Submission submission = new Intake().read(alice);
        assertThat(submission.id()).isEqualTo("alice");
        assertThat(submission.sources()).extracting(SourceFile::path).containsExactly("B.java", "pkg/A.java");
    }

    @Test
    void mavenLayoutContributesOnlyMainSources() throws Exception {
        Path bob = dir.resolve("bob");
        write("bob/src/main/java/x/A.java", "class A {}");
        write("bob/src/test/java/x/ATest.java", "class ATest {}");
        write("bob/Scratch.java", "class Scratch {}");
        assertThat(new Intake().read(bob).sources()).extracting(SourceFile::path).containsExactly("src/main/java/x/A.java");
    }

    @Test
    void hashDependsOnPathsAndContentsOnly() throws Exception {
        write("one/A.java", "class A {}");
        write("two/A.java", "class A {}");
        write("three/A.java", "class A { }");
        Intake intake = new Intake();
        String one = intake.read(dir.resolve("one")).sha256();
        assertThat(one).hasSize(64).isEqualTo(intake.read(dir.resolve("two")).sha256());
        assertThat(one).isNotEqualTo(intake.read(dir.resolve("three")).sha256());
    }

    @Test
    void aSymbolicLinkIsRefusedRatherThanFollowed() throws Exception {
        Path secret = write("outside/Secret.java", "class Secret { String token = \"s3cret\"; }");
        Path linked = dir.resolve("linker/src/main/java/Peek.java");
        Files.createDirectories(linked.getParent());
        Files.createSymbolicLink(linked, secret);
        assertThatThrownBy(() -> new Intake().read(dir.resolve("linker"))).isInstanceOf(IntakeException.class)
                .hasMessageContaining("src/main/java/Peek.java is a symbolic link")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aLinkedFolderAnywhereIsRefusedEvenWhenNoJavaFileIsALink() throws Exception {
        write("alice/src/main/java/Work.java", "class Work {}");
        Files.createDirectories(dir.resolve("mallory"));
        Files.createSymbolicLink(dir.resolve("mallory/src"), dir.resolve("alice/src"));
        assertThatThrownBy(() -> new Intake().read(dir.resolve("mallory"))).isInstanceOf(IntakeException.class)
                .hasMessageContaining("src is a symbolic link; a submission may hold no links");
        Files.createDirectories(dir.resolve("eve/notes"));
        Files.createSymbolicLink(dir.resolve("eve/notes/grader"), Path.of("/"));
        write("eve/Eve.java", "class Eve {}");
        assertThatThrownBy(() -> new Intake().read(dir.resolve("eve"))).hasMessageContaining("notes/grader is a symbolic link");
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("alice"));
        assertThatThrownBy(() -> new Intake().read(dir.resolve("alias"))).hasMessageContaining("give the folder itself");
    }

    @Test
    void tooManyOrTooLargeSourcesAreRefusedBeforeCompiling() throws Exception {
        for (int i = 0; i <= Intake.MAX_SOURCES; i++) {
            write("many/C" + i + ".java", "class C" + i + " {}");
        }
        assertThatThrownBy(() -> new Intake().read(dir.resolve("many"))).hasMessageContaining("more than "
                + Intake.MAX_SOURCES + " Java files");
        String big = "class Big { /* " + "x".repeat(900_000) + " */ }";
        for (int i = 0; i < 6; i++) {
            write("huge/B" + i + ".java", big.replace("Big", "B" + i));
        }
        assertThatThrownBy(() -> new Intake().read(dir.resolve("huge"))).hasMessageContaining("MB of Java sources");
    }

    @Test
    void notAFolderIsRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> new Intake().read(dir.resolve("missing"))).isInstanceOf(IntakeException.class)
                .hasMessageContaining("is not a folder");
    }

    @Test
    void sourcesAreReadAsTheirEditorsSavedThem() throws Exception {
        // Windows-1252 (an accented comment), a UTF-8 byte-order mark, UTF-16 with its mark: all read as text
        Files.write(write("enc/A.java", ""), "class A { /* cl\u00E9 */ }".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(write("enc/B.java", ""), ("\uFEFFclass B { /* \u00E9l\u00E8ve */ }").getBytes(StandardCharsets.UTF_8));
        Files.write(write("enc/C.java", ""), "class C { }".getBytes(StandardCharsets.UTF_16));
        List<SourceFile> read = new Intake().read(dir.resolve("enc")).sources();
        assertThat(read).extracting(SourceFile::content).containsExactly("class A { /* cl\u00E9 */ }",
                "class B { /* \u00E9l\u00E8ve */ }", "class C { }");
    }

    @Test
    void aFolderWithoutJavaIsReadAsHavingNoSourcesAndSaysWhatItHolds() throws Exception {
        write("carol/notes.txt", "I ran out of time");
        assertThat(new Intake().read(dir.resolve("carol")).sources()).isEmpty();
        assertThat(Intake.describeWithoutSources(dir.resolve("carol"))).contains("found 1 other file(s) (notes.txt)");
        Files.createDirectories(dir.resolve("dave"));
        assertThat(Intake.describeWithoutSources(dir.resolve("dave"))).contains("the folder is empty");
    }
}
