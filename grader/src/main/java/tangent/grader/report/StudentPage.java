package tangent.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import tangent.grader.io.AtomicFile;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

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
                .append(HtmlReport.escape(card.submission().id())).append(": ").append(Points.show(card.score())).append(" / ")
                .append(Points.show(card.maxScore())).append(" points</h1>\n<p>Status: <b>").append(card.status().json())
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
        StudentView.of(card, reveal).lessons().forEach((lesson, tasks) -> {
            html.append("<h2>").append(HtmlReport.escape(lesson)).append("</h2>\n");
            for (StudentView.Task task : tasks) {
                html.append("<h3>").append(HtmlReport.escape(task.name())).append(": ").append(Points.show(task.earned()))
                        .append(" / ").append(Points.show(task.possible())).append("</h3>\n<ul>\n");
                for (TestResult t : task.shown()) {
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
                if (task.hidden() > 0) {
                    html.append("<li>").append(StudentView.hiddenSummary(task)).append("</li>\n");
                }
                html.append("</ul>\n");
            }
        });
        return html.append("</body>\n</html>\n").toString();
    }

    public void write(Scorecard card, Path file) throws IOException {
        AtomicFile.write(file, toHtml(card));
    }

}
