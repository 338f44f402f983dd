package tangent.grader.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import tangent.grader.cli.Tangent;

/** The command line run in the test's JVM, its output and errors kept for assertions. */
public final class Cli {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code tangent ARGS...}; the output accumulates across runs until {@link #clear}. */
    public int run(String... args) {
        CommandLine cli = Tangent.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    /** The first line on stderr: a refusal's message. */
    public String message() {
        return err().lines().findFirst().orElse("");
    }

    public List<String> errLines() {
        return err().lines().toList();
    }

    public void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
