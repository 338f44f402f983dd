package tangent.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import tangent.grader.io.AtomicFile;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * A scorecard as a Markdown report for the student: points per lesson and task, every visible
 * check with its message, and for hidden and not-yet-due checks only how many passed and how many
 * did not (their names and messages would give the hidden tests away), unless {@code reveal}.
 */
public final class MarkdownReport {

    private final boolean reveal;

    /** @param reveal whether hidden and not-yet-due checks are shown in full (an instructor's view) */
    public MarkdownReport(boolean reveal) {
        this.reveal = reveal;
    }

    public String toMarkdown(Scorecard card) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(card.submission().id()).append(": ").append(Points.show(card.score())).append(" / ")
                .append(Points.show(card.maxScore())).append(" points\n\n");
        md.append("Status: **").append(card.status().json()).append("**. ").append(escape(nonNull(card.message())))
                .append("\n\nSeed ").append(card.seed()).append(" (rerun with `--seed ").append(card.seed())
                .append("` to get the same checks); grader ").append(card.grader().version()).append(".\n");
        if (card.compileErrors() != null && !card.compileErrors().isEmpty()) {
            md.append("\n## Compile errors\n\n");
            card.compileErrors().forEach(e -> md.append("- `").append(e).append("`\n"));
        }
        if (card.violations() != null && !card.violations().isEmpty()) {
            md.append("\n## Not allowed\n\n");
            card.violations().forEach(v -> md.append("- ").append(escape(v.describe())).append('\n'));
        }
        StudentView.of(card, reveal).lessons().forEach((lesson, tasks) -> {
            md.append("\n## ").append(lesson).append(": ").append(Points.show(tasks.stream().mapToDouble(StudentView.Task::earned)
                    .sum())).append(" / ").append(Points.show(tasks.stream().mapToDouble(StudentView.Task::possible).sum()))
                    .append('\n');
            for (StudentView.Task task : tasks) {
                md.append("\n### ").append(task.name()).append(": ").append(Points.show(task.earned())).append(" / ")
                        .append(Points.show(task.possible())).append("\n\n");
                TestResult previous = null;
                for (TestResult t : task.shown()) {
                    md.append("- ").append(t.status() == TestStatus.PASSED ? "passed" : "**" + t.status().json() + "**")
                            .append(": ").append(escape(t.name())).append(" (").append(Points.show(t.score())).append('/')
                            .append(Points.show(t.maxScore())).append(')');
                    if (t.status() != TestStatus.PASSED && !t.message().isEmpty()) {
                        md.append("  \n  ").append(StudentView.sameAsBefore(previous, t) ? "(the same as above)"
                                : escape(t.message()));
                    }
                    md.append('\n');
                    previous = t;
                }
                if (task.hidden() > 0) {
                    md.append("- ").append(StudentView.hiddenSummary(task)).append('\n');
                }
            }
        });
        return md.toString();
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, toMarkdown(card));
    }


    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Keeps student text from being read as Markdown markup, with backslash escapes (CommonMark's,
     * for ASCII punctuation), which read as they are in a terminal too: "&lt;" showed in test titles.
     */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "\\<").replace("|", "\\|").replace("\n", " ");
    }
}
