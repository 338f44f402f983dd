package tangent.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule for what a submission is, on the layouts students really hand in. */
class HandinsTest {

    @TempDir
    Path dir;

    private void write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private List<String> ids(String... paths) throws Exception {
        return ids(OptionalInt.empty(), paths);
    }

    private List<String> ids(OptionalInt depth, String... paths) throws Exception {
        return Handins.collect(java.util.Arrays.stream(paths).map(dir::resolve).toList(), depth).handins().stream()
                .map(Handins.Handin::id).toList();
    }

    @Test
    void eachFolderOfABatchIsOneStudentWhateverItsLayout() throws Exception {
        write("class/alice/edu/x/Foo.java", "package edu.x;\npublic class Foo {}");      // package folders at the top
        write("class/alice/num/Bar.java", "/* header */ package num; class Bar {}");
        write("class/bob/src/main/java/B.java", "class B {}");                         // Maven layout
        write("class/carol/README.md", "my work");                                      // a nested project beside a README
        write("class/carol/carol-hw/src/main/java/p/C.java", "package p; class C {}");
        write("class/dave/notes.txt", "no time, sorry");                                // no Java at all
        Files.createDirectories(dir.resolve("class/erin"));                             // empty
        write("class/oscar/alice/O.java", "class O {}");                                // a folder named like a classmate
        write("class/.git/config", "");
        assertThat(ids("class")).containsExactly("alice", "bob", "carol", "dave", "erin", "oscar");
    }

    @Test
    void aFolderGivenIsOneSubmissionWhenItsSourcesStartAtItsTop() throws Exception {
        write("alice/edu/x/Foo.java", "package edu.x;\nclass Foo {}");
        write("alice/edu/y/Bar.java", "package edu.y;\nclass Bar {}");
        assertThat(ids("alice")).containsExactly("alice");
        write("bob/B.java", "class B {}");
        assertThat(ids("bob")).containsExactly("bob");
        write("carol/notes.txt", "");
        assertThat(ids("carol")).as("a folder with no folders is one submission, with no sources").containsExactly("carol");
    }

    @Test
    void aStudentFolderNamedLikeItsPackageDoesNotMakeTheClassOneSubmission() throws Exception {
        // alice/Hello.java declares package alice: its package folder starts at the class's top
        write("class/alice/Hello.java", "package alice;\nclass Hello {}");
        write("class/s1/src/main/java/A.java", "class A {}");
        write("class/s2/pom.xml", "<project/>");
        write("class/s2/src/main/java/B.java", "class B {}");
        Handins.Found found = Handins.collect(List.of(dir.resolve("class")), OptionalInt.empty());
        assertThat(found.handins()).extracting(Handins.Handin::id).containsExactly("alice", "s1", "s2");
        assertThat(found.notices()).singleElement().asString().contains("2 of its folders are projects of their own (s1, s2)")
                .contains("alice/Hello.java").contains("--depth 0");
        assertThat(ids(OptionalInt.of(0), "class")).containsExactly("class");
        // the same one level down, in a folder of classes
        Handins.Found nested = Handins.collect(List.of(dir), OptionalInt.empty());
        assertThat(nested.handins()).extracting(Handins.Handin::id).containsExactly("alice", "s1", "s2");
        // one student's package folders beside no projects stay one submission
        write("bob/model/Foo.java", "package model;\nclass Foo {}");
        write("bob/util/Bar.java", "package util;\nclass Bar {}");
        assertThat(ids("bob")).containsExactly("bob");
    }

    @Test
    void aBatchOfBatchesIsReadAsSuchWithANoticeNamingDepth() throws Exception {
        write("all/ada/A.java", "class A {}");
        write("all/hostile/bomb/B.java", "class B {}");
        write("all/hostile/spin/C.java", "class C {}");
        Handins.Found found = Handins.collect(List.of(dir.resolve("all")), OptionalInt.empty());
        assertThat(found.handins()).extracting(Handins.Handin::id).containsExactly("ada", "bomb", "spin");
        assertThat(found.notices()).singleElement().asString().contains("hostile").contains("--depth 1");
        assertThat(ids(OptionalInt.of(1), "all")).containsExactly("ada", "hostile");
        assertThat(ids(OptionalInt.of(0), "all")).containsExactly("all");
        assertThat(ids(OptionalInt.of(2), "all")).containsExactly("bomb", "spin");
    }

    @Test
    void aLinkedFolderInABatchIsStillAStudentAndIsNeverFollowed() throws Exception {
        write("class/alice/A.java", "class A {}");
        Files.createSymbolicLink(dir.resolve("class/mallory"), dir.resolve("class/alice"));
        Files.createSymbolicLink(dir.resolve("class/root"), Path.of("/"));
        assertThat(ids("class")).containsExactly("alice", "mallory", "root");
        assertThat(ids(OptionalInt.of(1), "class")).containsExactly("alice", "mallory", "root");
    }

    @Test
    void twoSubmissionsWithOneIdAreRefusedBeforeAnythingIsGraded() throws Exception {
        write("a/alice/A.java", "class A {}");
        write("b/alice/A.java", "class A {}");
        assertThatThrownBy(() -> ids("a", "b")).isInstanceOf(IntakeException.class)
                .hasMessageContaining("two submissions are named alice");
    }

    @Test
    void aMissingPathOrAFileIsRefusedWithWhatItIs() throws Exception {
        write("file.txt", "");
        assertThatThrownBy(() -> ids("nowhere")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ids("file.txt")).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void sourceRootsAreWherePackagesStart() throws Exception {
        write("alice/edu/x/Foo.java", "// licence\npackage edu.x;\nclass Foo {}");
        write("alice/hw/src/main/java/p/C.java", "package p; class C {}");
        write("alice/loose/D.java", "class D {}");
        write("alice/wrong/E.java", "package elsewhere; class E {}");
        assertThat(Handins.sourceRoots(dir.resolve("alice"))).containsExactlyInAnyOrder(".", "hw/src/main/java", "loose",
                "wrong");
        write("empty/notes.txt", "");
        assertThat(Handins.sourceRoots(dir.resolve("empty"))).isEmpty();
    }
}
