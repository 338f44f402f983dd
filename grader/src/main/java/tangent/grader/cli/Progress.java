package tangent.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestStatus;

/**
 * What a batch prints as it goes: a numbered line per submission (counters padded to the width of
 * the total, so [ 1/52] lines up with [10/52]), on a terminal a bar redrawn below them, and the
 * counts a summary or an interruption reports: graded, kept unchanged, not saved. Thread-safe.
 */
final class Progress {

    private final PrintWriter stdout;
    private final int total;
    private final boolean quiet;
    private final boolean bar;
    private int done;
    private int graded;
    private int kept;
    private int notSaved;

    Progress(PrintWriter stdout, int total, boolean quiet, boolean bar) {
        this.stdout = stdout;
        this.total = total;
        this.quiet = quiet;
        this.bar = bar;
    }

    /** A submission graded and its scorecard written. */
    void graded(Scorecard card, Path file) {
        synchronized (this) {
            graded++;
        }
        print(String.format(Locale.ROOT, "  %-24s %-17s %6s / %-6s %-30s -> %s", card.submission().id(),
                card.status().json(), Points.show(card.score()), Points.show(card.maxScore()), problems(card), file));
    }

    /** A submission graded whose scorecard could not be written: the line says so, not "-> file". */
    void notSaved(Scorecard card, String reason) {
        synchronized (this) {
            notSaved++;
        }
        print(String.format(Locale.ROOT, "  %-24s %-17s %6s / %-6s NOT SAVED: %s", card.submission().id(),
                card.status().json(), Points.show(card.score()), Points.show(card.maxScore()), reason));
    }

    /** A submission whose scorecard in --out was kept by --resume. */
    void kept(String id, Path file) {
        synchronized (this) {
            kept++;
        }
        print(String.format(Locale.ROOT, "  %-24s %-17s -> %s", id, "unchanged, kept", file));
    }

    /** A submission the grader itself failed on (its message went to stderr). */
    void failed(String id) {
        print(String.format(Locale.ROOT, "  %-24s %-17s (see the message above)", id, "not graded"));
    }

    synchronized int graded() {
        return graded;
    }

    synchronized int kept() {
        return kept;
    }

    synchronized int notSaved() {
        return notSaved;
    }

    /** Submissions not reached yet. */
    synchronized int left() {
        return total - done;
    }

    /** "40 graded, 17 kept unchanged" (and "2 NOT saved" when some were not). */
    synchronized String counts() {
        String counts = graded + " graded, " + kept + " kept unchanged";
        return notSaved == 0 ? counts : counts + ", " + notSaved + " NOT saved";
    }

    /** Prints a line above the bar, in order with the progress lines. */
    void note(String line) {
        synchronized (stdout) {
            if (bar && done > 0 && done < total) {
                stdout.print("\r\033[K");
            }
            stdout.println(line);
            stdout.flush();
        }
    }

    private void print(String line) {
        synchronized (stdout) {
            int n;
            synchronized (this) {
                n = ++done;
            }
            if (quiet) {
                return;
            }
            if (bar) {
                stdout.print("\r\033[K"); // clear the bar before the line that pushes it down
            }
            int width = Integer.toString(total).length();
            stdout.println(String.format(Locale.ROOT, "[%" + width + "d/%d]", n, total) + line);
            if (bar && n < total) {
                int cells = 30;
                int filled = cells * n / total;
                stdout.print("[" + "#".repeat(filled) + ".".repeat(cells - filled) + "] " + n + "/" + total);
            }
            stdout.flush();
        }
    }

    /** Whether the bar is drawn (a terminal report must clear it first). */
    boolean drawsBar() {
        return bar;
    }

    synchronized boolean finished() {
        return done >= total;
    }

    private static String problems(Scorecard card) {
        List<String> problems = new ArrayList<>();
        for (TestStatus status : new TestStatus[] {TestStatus.FAILED, TestStatus.ERROR, TestStatus.TIMEOUT, TestStatus.NOT_RUN}) {
            long n = card.count(status);
            if (n > 0) {
                problems.add(n + " " + status.json());
            }
        }
        return problems.isEmpty() ? "" : "(" + String.join(", ", problems) + ")";
    }
}
