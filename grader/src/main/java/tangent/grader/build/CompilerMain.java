package tangent.grader.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import tangent.grader.intake.SourceFile;
import tangent.grader.io.Json;

/**
 * The compiler process's entry point: reads one {@link CompileJob} per line, compiles it with
 * {@link Javac}, answers one {@link CompileReply} per line. It warms javac up first (a first
 * compile costs several times a later one) and then says {@code ready}. Its heap is capped and the
 * supervisor kills it when a compile overruns; it also ends itself when its input closes, and halts
 * when one compile runs well past the budget it was given, should its supervisor be gone.
 *
 * <p>Arguments: the budget in milliseconds, then the exercises API's class path entries.
 */
public final class CompilerMain {

    static final String READY = "{\"ready\":true}";
    /** The exit code when the watchdog ends a compile (3 is the JVM's own for running out of memory). */
    static final int HALTED = 4;

    private CompilerMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // javac writes only to the writer it is given; anything else is not protocol
        long budgetMillis = Long.parseLong(args[0]);
        Javac javac = new Javac(Arrays.stream(args).skip(1).map(Path::of).toList());
        ObjectMapper json = Json.LINES;
        warmUp(javac);
        protocol.println(READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue; // not a job
            }
            CompileJob job = json.readValue(line, CompileJob.class);
            Thread watchdog = watchdog(2 * budgetMillis + 5_000);
            CompileReply reply;
            try {
                reply = CompileReply.of(javac.compile(job.sources(), Path.of(job.classes())));
            } catch (UncheckedIOException e) {
                reply = new CompileReply(false, List.of(), e.getMessage() + ": " + e.getCause().getMessage());
            }
            watchdog.interrupt();
            protocol.println(json.writeValueAsString(reply));
        }
        System.exit(0);
    }

    /** A daemon that halts this JVM unless interrupted within {@code millis}. */
    private static Thread watchdog(long millis) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(millis);
                Runtime.getRuntime().halt(HALTED);
            } catch (InterruptedException e) {
                // the compile ended in time
            }
        }, "tangent-compile-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void warmUp(Javac javac) throws IOException {
        Path classes = Files.createTempDirectory("tangent-warm-up-");
        javac.compile(List.of(new SourceFile("W.java", "class W { java.util.List<String> w() { return java.util.List.of(\"w\"); } }")),
                classes);
        try (var walk = Files.walk(classes)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
