package tangent.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tangent.grader.score.AtomicFile;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * The instructor's overview of a batch as one self-contained HTML file (inline CSS and SVG, no
 * script, nothing fetched from the network): a histogram of scores, the pass rate of every task
 * with the worst first (what the class got wrong most), and a table of submissions whose names
 * link to each one's details further down (every check, hidden ones included, with its message).
 */
public final class HtmlReport {

    private static final int BINS = 10;

    public String toHtml(List<Scorecard> unsorted) {
        List<Scorecard> cards = unsorted.stream().sorted(Comparator.comparing(c -> c.submission().id())).toList();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Tangent report</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .5em;")
                .append("text-align:left}th{background:#f3f3f3}.num{text-align:right}.bar{background:#4a7;height:.8em}")
                .append(".failed,.error,.timeout{color:#b22}.not_run{color:#888}.passed{color:#272}")
                .append("section.submission{border-top:2px solid #ddd;margin-top:2em}\n</style>\n</head>\n<body>\n");
        html.append("<h1>Tangent report</h1>\n<p id=\"summary\">").append(cards.size()).append(" submission(s)");
        if (!cards.isEmpty()) {
            double max = cards.get(0).maxScore();
            double mean = cards.stream().mapToDouble(Scorecard::score).average().orElse(0);
            html.append(", out of ").append(points(max)).append(" points; mean ").append(points(mean));
        }
        html.append(".</p>\n");
        histogram(html, cards);
        passRates(html, cards);
        submissions(html, cards);
        for (Scorecard card : cards) {
            details(html, card);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    public void write(List<Scorecard> cards, Path file) throws IOException {
        AtomicFile.write(file, toHtml(cards));
    }

    private static void histogram(StringBuilder html, List<Scorecard> cards) {
        int[] counts = new int[BINS];
        for (Scorecard card : cards) {
            double share = card.maxScore() > 0 ? card.score() / card.maxScore() : 0;
            counts[Math.min(BINS - 1, (int) Math.floor(share * BINS))]++;
        }
        int highest = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
        int width = 40;
        int height = 150;
        html.append("<h2>Scores</h2>\n<svg id=\"histogram\" role=\"img\" width=\"").append(BINS * width + 40)
                .append("\" height=\"").append(height + 50).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title>Number of submissions per tenth of the maximum score</title>\n");
        for (int i = 0; i < BINS; i++) {
            int h = counts[i] * height / highest;
            html.append("<rect class=\"bin\" x=\"").append(20 + i * width).append("\" y=\"").append(20 + height - h)
                    .append("\" width=\"").append(width - 4).append("\" height=\"").append(h)
                    .append("\" fill=\"#4a7\"><title>").append(i * 10).append("-").append((i + 1) * 10).append("%: ")
                    .append(counts[i]).append("</title></rect>\n");
            html.append("<text x=\"").append(20 + i * width).append("\" y=\"").append(height + 38)
                    .append("\" font-size=\"11\">").append(i * 10).append("%</text>\n");
            if (counts[i] > 0) {
                html.append("<text x=\"").append(24 + i * width).append("\" y=\"").append(16 + height - h)
                        .append("\" font-size=\"11\">").append(counts[i]).append("</text>\n");
            }
        }
        html.append("</svg>\n");
    }

    private static void passRates(StringBuilder html, List<Scorecard> cards) {
        Map<String, int[]> rates = new LinkedHashMap<>(); // task -> {passed, tried}
        for (Scorecard card : cards) {
            for (TestResult t : card.tests()) {
                if (t.status() == TestStatus.NOT_RUN) {
                    continue; // a task nobody attempted tells nothing about how hard it is
                }
                int[] rate = rates.computeIfAbsent(t.lesson() + "." + t.task(), k -> new int[2]);
                rate[0] += t.status() == TestStatus.PASSED ? 1 : 0;
                rate[1]++;
            }
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(rates.entrySet());
        sorted.sort(Comparator.comparingDouble(e -> e.getValue()[0] / (double) e.getValue()[1]));
        html.append("<h2>Pass rate per task, worst first</h2>\n<table id=\"pass-rates\">\n")
                .append("<tr><th>task</th><th>checks passed</th><th>rate</th><th></th></tr>\n");
        for (Map.Entry<String, int[]> e : sorted) {
            double rate = e.getValue()[0] / (double) e.getValue()[1];
            html.append("<tr><td>").append(escape(e.getKey())).append("</td><td class=\"num\">").append(e.getValue()[0])
                    .append(" / ").append(e.getValue()[1]).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * rate)).append("</td><td style=\"width:12em\">")
                    .append("<div class=\"bar\" style=\"width:").append(String.format(Locale.ROOT, "%.0f", 100 * rate))
                    .append("%\"></div></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void submissions(StringBuilder html, List<Scorecard> cards) {
        html.append("<h2>Submissions</h2>\n<table id=\"submissions\">\n")
                .append("<tr><th>submission</th><th>status</th><th>score</th><th>failed</th><th>errors, timeouts</th></tr>\n");
        for (Scorecard card : cards) {
            String id = card.submission().id();
            html.append("<tr><td><a href=\"#").append(anchor(id)).append("\">").append(escape(id)).append("</a></td><td>")
                    .append(card.status().json()).append("</td><td class=\"num\">").append(points(card.score()))
                    .append(" / ").append(points(card.maxScore())).append("</td><td class=\"num\">")
                    .append(card.count(TestStatus.FAILED)).append("</td><td class=\"num\">")
                    .append(card.count(TestStatus.ERROR) + card.count(TestStatus.TIMEOUT)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void details(StringBuilder html, Scorecard card) {
        String id = card.submission().id();
        html.append("<section class=\"submission\" id=\"").append(anchor(id)).append("\">\n<h3>").append(escape(id))
                .append(": ").append(points(card.score())).append(" / ").append(points(card.maxScore())).append(" (")
                .append(card.status().json()).append(")</h3>\n<p>").append(escape(card.message() == null ? "" : card.message()))
                .append(" Seed ").append(card.seed()).append(".</p>\n");
        if (card.compileErrors() != null) {
            card.compileErrors().forEach(e -> html.append("<p class=\"error\">").append(escape(e.toString())).append("</p>\n"));
        }
        if (card.violations() != null) {
            card.violations().forEach(v -> html.append("<p class=\"error\">").append(escape(v.describe())).append("</p>\n"));
        }
        List<TestResult> problems = card.tests().stream()
                .filter(t -> t.status() != TestStatus.PASSED && t.status() != TestStatus.NOT_RUN).toList();
        if (!problems.isEmpty()) {
            html.append("<table>\n<tr><th>check</th><th>status</th><th>points</th><th>message</th></tr>\n");
            for (TestResult t : problems) {
                html.append("<tr><td>").append(escape(t.id())).append("</td><td class=\"").append(t.status().json())
                        .append("\">").append(t.status().json()).append("</td><td class=\"num\">").append(points(t.score()))
                        .append(" / ").append(points(t.maxScore())).append("</td><td>").append(escape(t.message()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    private static String anchor(String id) {
        return "s-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
