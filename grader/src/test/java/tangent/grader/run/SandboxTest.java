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
 * its own, and can write only its working folder.
 */
class SandboxTest {

    @TempDir
    Path dir;

    @Test
    void noSandboxLeavesTheCommandAsItIsAndSaysSo() {
        assertThat(Sandbox.NONE.wrap(List.of("/usr/bin/java", "-version"), dir, "")).containsExactly("/usr/bin/java",
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
        String script = String.join("; ",
                "cat " + given + "; echo",
                "cat " + secret + " 2>/dev/null || echo no-secret",
                "(echo x > " + given + ") 2>/dev/null || echo read-only",
                "echo written > " + home.resolve("out.txt"),
                "ls /tmp | wc -l",
                "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' ' | tr '\\n' ' '; echo",
                "echo pid $$");
        List<String> shell = new ArrayList<>(List.of("/bin/sh", "-c", script));
        Process process = new ProcessBuilder(sandbox.withReadOnly(given).wrap(shell, home, "")).redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(lines).as(String.join("\n", lines)).startsWith("readable", "no-secret", "read-only");
        assertThat(Files.readString(home.resolve("out.txt")).strip()).isEqualTo("written");
        assertThat(lines.get(3).strip()).as("a /tmp of its own, holding only the working folder").isEqualTo("1");
        assertThat(lines.get(4).strip()).as("no network interface but loopback").isEqualTo("lo");
        assertThat(lines.get(5)).as("its own PID namespace: the shell is an early process").matches("pid [0-9]");
        assertThat(Files.readString(given)).isEqualTo("readable");
    }
}
