package tangent.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operating-system wall. Where bubblewrap works (CI installs it), a command run the way a
 * worker is run sees no network, none of the machine's files beyond what it was given, a /tmp of
 * its own, can write only its working folder and the folders it was given to write, and runs under
 * limits on address space, open files and file size.
 */
class SandboxTest {

    @TempDir
    Path dir;

    @Test
    void noSandboxLeavesTheCommandAsItIsAndSaysSo() {
        assertThat(Sandbox.NONE.wrap(List.of("/usr/bin/java", "-version"), dir, "", List.of(dir), 1L << 30)).containsExactly("/usr/bin/java",
                "-version");
        assertThat(Sandbox.NONE.isolation()).isEqualTo("jvm");
        assertThat(Sandbox.of("none")).isEqualTo(Sandbox.NONE);
        assertThatThrownBy(() -> Sandbox.of("docker")).hasMessageContaining("use auto, bubblewrap or none");
    }

    @Test
    void insideTheSandboxOnlyWhatWasGivenIsVisibleAndOnlyTheWorkingFolderIsWritable() throws Exception {
        Sandbox sandbox = Sandbox.of("auto");
        assumeTrue(sandbox.bwrap() != null, "bubblewrap does not work on this machine: " + Sandbox.whyNot());
        assertThat(sandbox.isolation()).isEqualTo("jvm+bubblewrap");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path given = Files.writeString(dir.resolve("given.txt"), "readable");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for workers");
        Path output = Files.createDirectories(dir.resolve("output"));
        String script = String.join("; ",
                "cat " + given + "; echo",
                "cat " + secret + " 2>/dev/null || echo no-secret",
                "(echo x > " + given + ") 2>/dev/null || echo read-only",
                "echo written > " + home.resolve("out.txt"),
                "ls /tmp | wc -l",
                "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | tr '\\n' ' '; echo",
                "echo pid $$",
                "echo compiled > " + output.resolve("A.class"),
                "grep -E 'Max (address space|open files|file size)' /proc/self/limits | tr -s ' ' | sed 's/ *$//'");
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", script));
        Process process = new ProcessBuilder(sandbox.withReadOnly(given).wrap(shell, home, "", List.of(output),
                3L << 30)).redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(lines).as(String.join("\n", lines)).startsWith("readable", "no-secret", "read-only");
        assertThat(Files.readString(home.resolve("out.txt")).strip()).isEqualTo("written");
        assertThat(lines.get(3).strip()).as("a /tmp of its own, holding only the working folder").isEqualTo("1");
        assertThat(lines.get(4).strip()).as("no network interface but loopback").isEqualTo("lo");
        assertThat(lines.get(5)).as("its own PID namespace: the shell is an early process").matches("pid [0-9]");
        assertThat(Files.readString(given)).isEqualTo("readable");
        assertThat(Files.readString(output.resolve("A.class")).strip()).isEqualTo("compiled");
        assertThat(lines.subList(6, lines.size())).as("the limits, as the kernel holds them").containsExactly(
                "Max file size " + (64L << 20) + " " + (64L << 20) + " bytes",
                "Max open files 1024 1024 files",
                "Max address space " + (3L << 30) + " " + (3L << 30) + " bytes");
    }
}
