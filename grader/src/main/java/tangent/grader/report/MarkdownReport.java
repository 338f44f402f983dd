package tangent.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tangent.grader.score.AtomicFile;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.suite.Visibility;

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
        md.append("# ").append(card.submission().id()).append(": ").append(points(card.score())).append(" / ")
                .append(points(card.maxScore())).append(" points\n\n");
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
        Map<String, Map<String, List<TestResult>>> lessons = card.tests().stream().collect(Collectors.groupingBy(
                TestResult::lesson, LinkedHashMap::new,
                Collectors.groupingBy(TestResult::task, LinkedHashMap::new, Collectors.toList())));
        for (Map.Entry<String, Map<String, List<TestResult>>> lesson : lessons.entrySet()) {
            List<TestResult> all = lesson.getValue().values().stream().flatMap(List::stream).toList();
            md.append("\n## ").append(lesson.getKey()).append(": ").append(points(sum(all, true))).append(" / ")
                    .append(points(sum(all, false))).append('\n');
            for (Map.Entry<String, List<TestResult>> task : lesson.getValue().entrySet()) {
                List<TestResult> tests = task.getValue();
                md.append("\n### ").append(task.getKey()).append(": ").append(points(sum(tests, true))).append(" / ")
                        .append(points(sum(tests, false))).append("\n\n");
                int hiddenPassed = 0;
                int hiddenOther = 0;
                for (TestResult t : tests) {
                    if (!reveal && t.visibility() != Visibility.VISIBLE) {
                        if (t.status() == TestStatus.PASSED) {
                            hiddenPassed++;
                        } else {
                            hiddenOther++;
                        }
                        continue;
                    }
                    md.append("- ").append(t.status() == TestStatus.PASSED ? "passed" : "**" + t.status().json() + "**")
                            .append(": ").append(escape(t.name())).append(" (").append(points(t.score())).append('/')
                            .append(points(t.maxScore())).append(')');
                    if (t.status() != TestStatus.PASSED && !t.message().isEmpty()) {
                        md.append("  \n  ").append(escape(t.message()));
                    }
                    md.append('\n');
                }
                if (hiddenPassed + hiddenOther > 0) {
                    md.append("- ").append(hiddenPassed + hiddenOther).append(" hidden check(s): ").append(hiddenPassed)
                            .append(" passed").append(hiddenOther == 0 ? "" : ", " + hiddenOther + " did not").append('\n');
                }
            }
        }
        return md.toString();
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, toMarkdown(card));
    }

    private static double sum(List<TestResult> tests, boolean earned) {
        return tests.stream().mapToDouble(t -> earned ? t.score() : t.maxScore()).sum();
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Keeps student text from being read as Markdown markup. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("|", "\\|").replace("\n", " ");
    }
}
