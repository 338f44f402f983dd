package tangent.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tangent.grader.check.Curve;
import tangent.grader.score.AtomicFile;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;

/**
 * The instructor's overview of a batch as one self-contained HTML file (inline CSS and SVG, no
 * script, nothing fetched from the network): a histogram of scores, the pass rate of every task
 * with the worst first (what the class got wrong most), and a table of submissions whose names
 * link to each one's details further down (every check that did not pass, hidden ones included,
 * with its message and, for a function, a plot of the expected curve against the submission's).
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
                        .append(" / ").append(points(t.maxScore())).append("</td><td>").append(escape(t.message()));
                if (t.curve() != null) {
                    html.append("<br>");
                    plot(html, t.curve());
                }
                html.append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    /**
     * The expected curve (green) and the submission's (red, with its sample points) over the
     * sampled x. The y range follows the expected values, widened a little; the submission's
     * values beyond it are drawn at the edge, so one wild value cannot flatten the picture.
     */
    static void plot(StringBuilder html, Curve curve) {
        int w = 360;
        int h = 180;
        double[] x = curve.x();
        if (x.length < 2) {
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : curve.expected()) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        for (double v : curve.actual()) {
            if (Double.isFinite(v) && v >= low - 2 * (high - low + 1) && v <= high + 2 * (high - low + 1)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(low < high)) {
            low = Double.isFinite(low) ? low - 1 : -1;
            high = Double.isFinite(high) ? high + 1 : 1;
        }
        double margin = 0.05 * (high - low);
        double yLow = low - margin;
        double yHigh = high + margin;
        double x0 = x[0];
        double x1 = x[x.length - 1] > x0 ? x[x.length - 1] : x0 + 1;
        html.append("<svg class=\"curve\" role=\"img\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" style=\"border:1px solid #ddd\"><title>")
                .append(escape(curve.what())).append(": expected (green) and yours (red)</title>\n");
        html.append(polyline(x, curve.expected(), x0, x1, yLow, yHigh, w, h, "#2a7"));
        html.append(polyline(x, curve.actual(), x0, x1, yLow, yHigh, w, h, "#c33"));
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(curve.actual()[i])) {
                html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#c33\"/>",
                        sx(x[i], x0, x1, w), sy(curve.actual()[i], yLow, yHigh, h)));
            }
        }
        html.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"12\" font-size=\"10\">%s</text>"
                + "<text x=\"4\" y=\"%d\" font-size=\"10\">%s</text>", escape(num(yHigh)), h - 4, escape(num(yLow))));
        html.append("</svg>");
    }

    private static String polyline(double[] x, double[] y, double x0, double x1, double yLow, double yHigh, int w, int h,
            String color) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", sx(x[i], x0, x1, w), sy(y[i], yLow, yHigh, h)));
            }
        }
        return "<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\" points=\"" + points.toString().strip()
                + "\"/>\n";
    }

    private static double sx(double x, double x0, double x1, int w) {
        return 4 + (w - 8) * (x - x0) / (x1 - x0);
    }

    private static double sy(double y, double low, double high, int h) {
        double clamped = Math.max(low, Math.min(high, y)); // an infinity or a wild value sits on the edge
        return h - 4 - (h - 8) * (clamped - low) / (high - low);
    }

    private static String num(double v) {
        return tangent.grader.check.Numbers.show(v);
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
