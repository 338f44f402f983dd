package tangent.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tangent.grader.testing.Folders;

/**
 * A batch cut off mid-way, as a real process: killed outright (SIGKILL, a crash or a lost
 * machine) it keeps every scorecard it wrote whole, and --resume then gives the very gradebook an
 * uninterrupted run gives; interrupted (Ctrl-C) it also says what is kept and how to finish.
 */
class InterruptedRunTest {

    private static final Path SUBMISSIONS = Path.of(System.getProperty("tangent.submissions", "../submissions"));

    @TempDir
    Path dir;

    /**
     * Eight students, the second of whom loops forever: with one job and a 2 s test timeout the
     * run is still under way when the first scorecard appears, however fast the machine.
     */
    private Path batch() throws Exception {
        Path batch = dir.resolve("batch");
        for (String id : List.of("a", "c", "d", "e", "f", "g", "h")) {
            Folders.copy(SUBMISSIONS.resolve("sample-partial"), batch.resolve(id));
        }
        Folders.copy(SUBMISSIONS.resolve("sample-endless-loop"), batch.resolve("b"));
        return batch;
    }

    private List<String> args(Path batch, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("grade", batch.toString(), "--out", out.toString(), "--seed", "4",
                "--lessons", "L01", "--format", "csv", "--jobs", "1", "--test-timeout", "2", "--progress", "lines"));
        args.addAll(List.of(more));
        return args;
    }

    private Process start(List<String> args, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Tangent.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits (a declared limit: 120 s) until the run has written its first scorecard. */
    private static void awaitFirstScorecard(Process process, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (scorecards(out) == 0) {
            assertThat(process.isAlive()).as("the run ended before writing a scorecard").isTrue();
            assertThat(System.nanoTime()).as("no scorecard within 120 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static long scorecards(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (var files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    @Test
    void aKilledBatchResumedGivesTheGradebookOfAnUninterruptedRun() throws Exception {
        Path batch = batch();
        Path whole = dir.resolve("whole");
        assertThat(runHere(args(batch, whole))).isZero();

        Path cut = dir.resolve("cut");
        Process process = start(args(batch, cut), dir.resolve("killed.log"));
        awaitFirstScorecard(process, cut);
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no last word
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long kept = scorecards(cut);
        assertThat(kept).as("the kill came mid-way").isBetween(1L, 7L);
        try (var files = Files.list(cut)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                new tangent.grader.score.ScorecardJson().read(file); // every file written is whole
            }
        }

        StringWriter out = new StringWriter();
        assertThat(runHere(args(batch, cut, "--resume"), out)).isZero();
        assertThat(out.toString()).contains(kept + " kept unchanged").contains((8 - kept) + " graded");
        assertThat(Files.readString(cut.resolve("gradebook.csv"))).isEqualTo(Files.readString(whole.resolve("gradebook.csv")));
    }

    @Test
    void anInterruptedBatchSaysWhatIsKeptAndHowToFinish() throws Exception {
        Path batch = batch();
        Path out = dir.resolve("grades");
        Path log = dir.resolve("interrupted.log");
        Process process = start(args(batch, out), log);
        awaitFirstScorecard(process, out);
        // Ctrl-C is SIGINT. A process started in the background of a shell without job control (a CI
        // runner, say) inherits SIGINT ignored, and the JVM then leaves it ignored; there the run is
        // stopped with SIGTERM (what a cancelled CI job gets), which goes the same way.
        boolean sigintIgnored = sigintIgnored();
        new ProcessBuilder("kill", sigintIgnored ? "-TERM" : "-INT", Long.toString(process.pid())).start().waitFor();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(sigintIgnored ? 143 : 130);
        assertThat(Files.readString(log)).contains("Interrupted: ").contains("graded, 0 kept unchanged")
                .contains("left").contains("--resume --seed 4");
    }

    /** Whether this JVM (and so a process it starts) ignores SIGINT: bit 2 of SigIgn in /proc/self/status. */
    private static boolean sigintIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }

    private static int runHere(List<String> args) {
        return runHere(args, new StringWriter());
    }

    private static int runHere(List<String> args, StringWriter out) {
        var cli = Tangent.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args.toArray(String[]::new));
        assertThat(err.toString()).as("stderr").doesNotContain("tangent:");
        return exit;
    }
}
