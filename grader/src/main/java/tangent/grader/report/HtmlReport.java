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
import tangent.grader.io.AtomicFile;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;
import tangent.grader.score.TestStatus;
import tangent.grader.similarity.SimilarityReport;

/**
 * The instructor's overview of a batch as one self-contained HTML file (inline CSS and SVG, no
 * script, nothing fetched from the network): the score distribution (count, mean, quartiles) and
 * its histogram with labelled axes, quartile marks and a legend; a view per lesson; the pass rate
 * of every task with the worst first (what the class got wrong most); and a table of submissions,
 * those not graded (refused, compile error, no sources) marked as such, whose names link to each
 * one's details further down: every check that did not pass, hidden ones included, with its
 * message (identical messages once, with how many checks gave them) and, for a function, a plot of
 * the expected curve against the submission's. With a similarity comparison of the batch, its
 * section follows the table of submissions ({@link SimilaritySection}).
 */
public final class HtmlReport {

    private static final int BINS = 10;

    public String toHtml(List<Scorecard> unsorted) {
        return toHtml(unsorted, null);
    }

    /**
     * The overview, with the batch's similar submissions after the table of submissions when
     * {@code similarity} is not null; with no scorecards, the similarity section alone.
     */
    public String toHtml(List<Scorecard> unsorted, SimilarityReport similarity) {
        List<Scorecard> cards = unsorted.stream().sorted(Comparator.comparing(c -> c.submission().id())).toList();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Tangent report</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .5em;")
                .append("text-align:left}th{background:#f3f3f3}.num{text-align:right}.bar{background:#4a7;height:.8em}")
                .append(".failed,.error,.timeout{color:#b22}.not_run{color:#888}.passed{color:#272}")
                .append("section.submission{border-top:2px solid #ddd;margin-top:2em}")
                .append("tr.ungraded td{background:#fff4e5}.badge{font-size:.8em;padding:0 .4em;border-radius:.3em;")
                .append("background:#e8a33d;color:#fff}.side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em}")
                .append(".side pre{background:#f7f7f7;padding:.5em;overflow:auto;font-size:.85em}.where{margin:.3em 0}\n</style>\n</head>\n<body>\n");
        html.append("<h1>Tangent report</h1>\n");
        if (cards.isEmpty() && similarity != null) {
            SimilaritySection.append(html, similarity);
            return html.append("</body>\n</html>\n").toString();
        }
        html.append("<p id=\"summary\">").append(cards.size()).append(" submission(s)");
        if (!cards.isEmpty()) {
            double max = cards.get(0).maxScore();
            double[] scores = cards.stream().mapToDouble(Scorecard::score).sorted().toArray();
            html.append(", out of ").append(points(max)).append(" points: mean ")
                    .append(points(java.util.Arrays.stream(scores).average().orElse(0))).append(", median ")
                    .append(points(quantile(scores, 0.5))).append(", quartiles ").append(points(quantile(scores, 0.25)))
                    .append(" and ").append(points(quantile(scores, 0.75))).append(", lowest ").append(points(scores[0]))
                    .append(", highest ").append(points(scores[scores.length - 1]));
            Map<String, Long> byStatus = new java.util.TreeMap<>();
            cards.forEach(c -> byStatus.merge(c.status().json(), 1L, Long::sum));
            List<String> counts = new ArrayList<>();
            byStatus.forEach((status, n) -> counts.add(n + " " + status));
            html.append(" (").append(String.join(", ", counts)).append(")");
        }
        html.append(".</p>\n");
        histogram(html, cards);
        lessons(html, cards);
        passRates(html, cards);
        submissions(html, cards);
        if (similarity != null) {
            SimilaritySection.append(html, similarity);
        }
        for (Scorecard card : cards) {
            details(html, card);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    public void write(List<Scorecard> cards, Path file) throws IOException {
        AtomicFile.write(file, toHtml(cards));
    }

    public void write(List<Scorecard> cards, SimilarityReport similarity, Path file) throws IOException {
        AtomicFile.write(file, toHtml(cards, similarity));
    }

    /**
     * Submissions per tenth of the maximum score, with axes (share of the maximum in %, number of
     * submissions), the quartiles marked as dashed lines, and a legend.
     */
    private static void histogram(StringBuilder html, List<Scorecard> cards) {
        int[] counts = new int[BINS];
        double[] shares = new double[cards.size()];
        for (int i = 0; i < cards.size(); i++) {
            Scorecard card = cards.get(i);
            shares[i] = card.maxScore() > 0 ? card.score() / card.maxScore() : 0;
            counts[Math.min(BINS - 1, (int) Math.floor(shares[i] * BINS))]++;
        }
        java.util.Arrays.sort(shares);
        int highest = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
        int width = 40;
        int height = 150;
        int left = 50; // room for the y axis and its label
        int top = 20;
        int plotWidth = BINS * width;
        html.append("<h2>Scores</h2>\n<svg id=\"histogram\" role=\"img\" width=\"").append(left + plotWidth + 190)
                .append("\" height=\"").append(top + height + 60).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title>Number of submissions per tenth of the maximum score</title>\n");
        for (int i = 0; i < BINS; i++) {
            int h = counts[i] * height / highest;
            html.append("<rect class=\"bin\" x=\"").append(left + i * width + 2).append("\" y=\"").append(top + height - h)
                    .append("\" width=\"").append(width - 4).append("\" height=\"").append(h)
                    .append("\" fill=\"#4a7\"><title>").append(i * 10).append("-").append((i + 1) * 10).append("%: ")
                    .append(counts[i]).append("</title></rect>\n");
            if (counts[i] > 0) {
                html.append("<text x=\"").append(left + i * width + width / 2).append("\" y=\"").append(top + height - h - 4)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(counts[i]).append("</text>\n");
            }
        }
        // axes: x from 0 to 100 % of the maximum score, y from 0 to the highest count
        html.append(String.format(Locale.ROOT, "<g class=\"axes\" stroke=\"#444\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n", left, top + height, left + plotWidth, top + height,
                left, top, left, top + height));
        for (int i = 0; i <= BINS; i++) {
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d</text>",
                    left + i * width, top + height + 14, i * 10));
        }
        html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">"
                + "score, %% of the maximum</text>\n", left + plotWidth / 2, top + height + 32));
        html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">0</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d</text>", left - 4, top + height,
                left - 4, top + 8, highest));
        html.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\" font-size=\"11\" "
                + "text-anchor=\"middle\">submissions</text>\n", 14, top + height / 2));
        if (shares.length > 0) {
            String[] names = {"first quartile", "median", "third quartile"};
            double[] at = {0.25, 0.5, 0.75};
            for (int i = 0; i < 3; i++) {
                double x = left + plotWidth * quantile(shares, at[i]);
                html.append(String.format(Locale.ROOT, "<line class=\"quartile\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                        + "stroke=\"#335\" stroke-width=\"%s\" stroke-dasharray=\"4 3\"><title>%s: %s%%</title></line>\n", x, top,
                        x, top + height, i == 1 ? "2" : "1", names[i], points(100 * quantile(shares, at[i]))));
            }
        }
        int legendX = left + plotWidth + 20;
        html.append(String.format(Locale.ROOT, "<g class=\"legend\" font-size=\"11\"><rect x=\"%d\" y=\"%d\" width=\"12\" "
                + "height=\"12\" fill=\"#4a7\"/><text x=\"%d\" y=\"%d\">submissions in a tenth</text>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#335\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>"
                + "<text x=\"%d\" y=\"%d\">median</text>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#335\" stroke-dasharray=\"4 3\"/>"
                + "<text x=\"%d\" y=\"%d\">quartiles</text></g>\n", legendX, top, legendX + 18, top + 10,
                legendX, top + 26, legendX + 12, top + 26, legendX + 18, top + 30,
                legendX, top + 46, legendX + 12, top + 46, legendX + 18, top + 50));
        html.append("</svg>\n");
    }

    /** The value below which a share {@code q} of the sorted values lie (linear between neighbours). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** Per lesson: points possible, mean and median earned, and how many submissions have it in full. */
    private static void lessons(StringBuilder html, List<Scorecard> cards) {
        Map<String, double[]> max = new LinkedHashMap<>();
        for (Scorecard card : cards) {
            for (TestResult t : card.tests()) {
                max.computeIfAbsent(t.lesson(), k -> new double[1]);
            }
        }
        if (max.isEmpty()) {
            return;
        }
        html.append("<h2>Per lesson</h2>\n<table id=\"lessons\">\n<tr><th>lesson</th><th>points</th><th>mean</th>"
                + "<th>median</th><th>full marks</th><th>mean, % of the points</th></tr>\n");
        for (String lesson : max.keySet()) {
            double possible = cards.stream().mapToDouble(c -> c.tests().stream().filter(t -> t.lesson().equals(lesson))
                    .mapToDouble(TestResult::maxScore).sum()).max().orElse(0);
            double[] earned = cards.stream().mapToDouble(c -> c.tests().stream().filter(t -> t.lesson().equals(lesson))
                    .mapToDouble(TestResult::score).sum()).sorted().toArray();
            long full = java.util.Arrays.stream(earned).filter(e -> possible > 0 && e >= possible).count();
            double mean = java.util.Arrays.stream(earned).average().orElse(0);
            double share = possible > 0 ? mean / possible : 0;
            html.append("<tr><td>").append(escape(lesson)).append("</td><td class=\"num\">").append(points(possible))
                    .append("</td><td class=\"num\">").append(points(mean)).append("</td><td class=\"num\">")
                    .append(points(quantile(earned, 0.5))).append("</td><td class=\"num\">").append(full).append(" / ")
                    .append(earned.length).append("</td><td style=\"width:12em\"><div class=\"bar\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.0f", 100 * share)).append("%\" title=\"")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * share)).append("\"></div></td></tr>\n");
        }
        html.append("</table>\n");
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
            boolean graded = card.status() == tangent.grader.score.SubmissionStatus.GRADED;
            html.append(graded ? "<tr>" : "<tr class=\"ungraded\">").append("<td><a href=\"#").append(anchor(id)).append("\">")
                    .append(escape(id)).append("</a></td><td>")
                    .append(graded ? card.status().json() : "<span class=\"badge\">" + card.status().json() + "</span>")
                    .append("</td><td class=\"num\">").append(points(card.score()))
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
            // Checks that failed the same way share one row: the same message, or the same exception
            // thrown from different methods (a starter's "not implemented yet" in every method).
            Map<String, List<TestResult>> same = new LinkedHashMap<>();
            for (TestResult t : problems) {
                String key = t.curve() != null ? t.id() : t.status().json() + "\u0000" + sameWay(t.message());
                same.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
            for (List<TestResult> group : same.values()) {
                TestResult t = group.get(0);
                String checks = group.size() == 1 ? escape(t.id()) : group.size() + " checks: "
                        + escape(String.join(", ", group.stream().limit(3).map(TestResult::id).toList()))
                        + (group.size() > 3 ? " and " + (group.size() - 3) + " more" : "");
                html.append("<tr><td>").append(checks).append("</td><td class=\"").append(t.status().json())
                        .append("\">").append(t.status().json()).append("</td><td class=\"num\">")
                        .append(points(group.stream().mapToDouble(TestResult::score).sum())).append(" / ")
                        .append(points(group.stream().mapToDouble(TestResult::maxScore).sum())).append("</td><td>")
                        .append(group.size() > 1 ? "<b>&times;" + group.size() + "</b> " : "").append(escape(t.message()));
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
     * sampled x, with axes labelled at their ends (and y = 0 drawn where it falls inside) and a
     * legend. The y range follows the expected values, widened a little; the submission's values
     * beyond it are drawn at the edge, so one wild value cannot flatten the picture.
     */
    static void plot(StringBuilder html, Curve curve) {
        int w = 420;
        int h = 200;
        int left = 52; // the y axis' labels
        int bottom = 34; // the x axis' labels
        int legend = 18;
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
        Frame f = new Frame(left, legend, w - left - 8, h - legend - bottom, x0, x1, yLow, yHigh);
        html.append("<svg class=\"curve\" role=\"img\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" style=\"border:1px solid #ddd\"><title>")
                .append(escape(curve.what())).append(": expected (green) and yours (red)</title>\n");
        // axes, at the frame's bottom and left; y = 0 as a faint line when it is inside
        html.append(String.format(Locale.ROOT, "<g class=\"axes\" stroke=\"#444\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" "
                + "y2=\"%d\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>\n", f.left, f.top + f.height,
                f.left + f.width, f.top + f.height, f.left, f.top, f.left, f.top + f.height));
        if (yLow < 0 && yHigh > 0) {
            html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>\n",
                    f.left, f.y(0), f.left + f.width, f.y(0)));
        }
        html.append(f.polyline(x, curve.expected(), "#2a7"));
        html.append(f.polyline(x, curve.actual(), "#c33"));
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(curve.actual()[i])) {
                html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#c33\"/>",
                        f.x(x[i]), f.y(curve.actual()[i])));
            }
        }
        html.append(String.format(Locale.ROOT, "<g font-size=\"10\" class=\"ticks\">"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"start\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">x</text>"
                + "<text transform=\"translate(10,%d) rotate(-90)\" text-anchor=\"middle\">%s</text></g>\n",
                f.left - 3, f.top + 8, escape(tick(yHigh)), f.left - 3, f.top + f.height, escape(tick(yLow)),
                f.left, f.top + f.height + 12, escape(tick(x0)), f.left + f.width, f.top + f.height + 12, escape(tick(x1)),
                f.left + f.width / 2, f.top + f.height + 26, f.top + f.height / 2, escape(curve.what())));
        html.append(String.format(Locale.ROOT, "<g class=\"legend\" font-size=\"10\"><line x1=\"%d\" y1=\"9\" x2=\"%d\" "
                + "y2=\"9\" stroke=\"#2a7\" stroke-width=\"2\"/><text x=\"%d\" y=\"12\">expected</text><line x1=\"%d\" "
                + "y1=\"9\" x2=\"%d\" y2=\"9\" stroke=\"#c33\" stroke-width=\"2\"/><circle cx=\"%d\" cy=\"9\" r=\"2\" "
                + "fill=\"#c33\"/><text x=\"%d\" y=\"12\">yours</text></g>", f.left, f.left + 16, f.left + 20,
                f.left + 80, f.left + 96, f.left + 88, f.left + 100));
        html.append("</svg>");
    }

    /** A plot's drawing area on the page and the ranges of x and y it shows. */
    private record Frame(int left, int top, int width, int height, double x0, double x1, double yLow, double yHigh) {
        double x(double v) {
            return left + width * (v - x0) / (x1 - x0);
        }

        double y(double v) {
            double clamped = Math.max(yLow, Math.min(yHigh, v)); // an infinity or a wild value sits on the edge
            return top + height - height * (clamped - yLow) / (yHigh - yLow);
        }

        String polyline(double[] xs, double[] ys, String color) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(ys[i])) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(xs[i]), y(ys[i])));
                }
            }
            return "<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\" points=\""
                    + points.toString().strip() + "\"/>\n";
        }
    }

    /** A message without the method that threw and where: "X.f threw E: m (X.java:3)" is "threw E: m". */
    private static String sameWay(String message) {
        return message == null ? "" : message.replaceFirst("^\\S+ threw ", "threw ")
                .replaceFirst(" \\([^()]*\\.java:\\d+\\)$", "");
    }

    /** An axis label short enough for the margin: four significant digits. */
    static String tick(double v) {
        if (v == 0 || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5)) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            return s.contains(".") && !s.contains("e") ? s.replaceFirst("0+$", "").replaceFirst("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%.2e", v);
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
