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
 * One submission's report for its student as a self-contained HTML page: the same view as the
 * Markdown report (hidden and not-yet-due checks counted per task, not named, unless revealed),
 * plus a plot of the expected curve against the student's for each visible function check that
 * failed.
 */
public final class StudentPage {

    private final boolean reveal;

    /** @param reveal whether hidden and not-yet-due checks are shown in full */
    public StudentPage(boolean reveal) {
        this.reveal = reveal;
    }

    public String toHtml(Scorecard card) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.escape(card.submission().id())).append("</title>\n<style>body{font-family:sans-serif;")
                .append("margin:2em;max-width:60em}.passed{color:#272}.failed,.error,.timeout{color:#b22}")
                .append(".not_run{color:#888}li{margin:.3em 0}</style>\n</head>\n<body>\n<h1>")
                .append(HtmlReport.escape(card.submission().id())).append(": ").append(points(card.score())).append(" / ")
                .append(points(card.maxScore())).append(" points</h1>\n<p>Status: <b>").append(card.status().json())
                .append("</b>. ").append(HtmlReport.escape(card.message() == null ? "" : card.message()))
                .append(" Seed ").append(card.seed()).append(": rerun with <code>--seed ").append(card.seed())
                .append("</code> to get the same checks.</p>\n");
        if (card.compileErrors() != null) {
            card.compileErrors().forEach(e -> html.append("<p class=\"error\"><code>").append(HtmlReport.escape(e.toString()))
                    .append("</code></p>\n"));
        }
        if (card.violations() != null) {
            card.violations().forEach(v -> html.append("<p class=\"error\">").append(HtmlReport.escape(v.describe()))
                    .append("</p>\n"));
        }
        Map<String, Map<String, List<TestResult>>> lessons = card.tests().stream().collect(Collectors.groupingBy(
                TestResult::lesson, LinkedHashMap::new,
                Collectors.groupingBy(TestResult::task, LinkedHashMap::new, Collectors.toList())));
        lessons.forEach((lesson, tasks) -> {
            html.append("<h2>").append(HtmlReport.escape(lesson)).append("</h2>\n");
            tasks.forEach((task, tests) -> {
                html.append("<h3>").append(HtmlReport.escape(task)).append(": ")
                        .append(points(tests.stream().mapToDouble(TestResult::score).sum())).append(" / ")
                        .append(points(tests.stream().mapToDouble(TestResult::maxScore).sum())).append("</h3>\n<ul>\n");
                long hiddenPassed = 0;
                long hiddenOther = 0;
                for (TestResult t : tests) {
                    if (!reveal && t.visibility() != Visibility.VISIBLE) {
                        hiddenPassed += t.status() == TestStatus.PASSED ? 1 : 0;
                        hiddenOther += t.status() == TestStatus.PASSED ? 0 : 1;
                        continue;
                    }
                    html.append("<li><span class=\"").append(t.status().json()).append("\">").append(t.status().json())
                            .append("</span>: ").append(HtmlReport.escape(t.name()));
                    if (t.status() != TestStatus.PASSED && !t.message().isEmpty()) {
                        html.append("<br>").append(HtmlReport.escape(t.message()));
                    }
                    if (t.curve() != null) {
                        html.append("<br>");
                        HtmlReport.plot(html, t.curve());
                    }
                    html.append("</li>\n");
                }
                if (hiddenPassed + hiddenOther > 0) {
                    html.append("<li>").append(hiddenPassed + hiddenOther).append(" hidden check(s): ").append(hiddenPassed)
                            .append(" passed").append(hiddenOther == 0 ? "" : ", " + hiddenOther + " did not").append("</li>\n");
                }
                html.append("</ul>\n");
            });
        });
        return html.append("</body>\n</html>\n").toString();
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, toHtml(card));
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
