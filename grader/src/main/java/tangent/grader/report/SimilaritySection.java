package tangent.grader.report;

import java.util.List;
import java.util.Locale;
import tangent.grader.similarity.SimilarityReport;
import tangent.grader.similarity.SimilarityReport.Pair;
import tangent.grader.similarity.SimilarityReport.Region;
import tangent.grader.similarity.SimilarityReport.Span;

/**
 * The batch report's section on similar submissions: how the comparison was made, the pairs at or
 * above the threshold (most similar first), each of the top ones unfolding to its matched regions
 * side by side, and the submissions that took no part with their reasons. No script: the regions
 * are {@code <details>} elements.
 */
final class SimilaritySection {

    /** Rows of the pair table; the rest are in similarity.csv. */
    static final int ROWS = 100;

    private SimilaritySection() {
    }

    static void append(StringBuilder html, SimilarityReport report) {
        html.append("<h2 id=\"similarity\">Similar submissions</h2>\n<p id=\"similarity-summary\">")
                .append(escape(report.tool())).append(" compared ").append(report.compared()).append(" submission(s), ")
                .append(report.comparisons()).append(" pair(s), matches of at least ").append(report.minimumTokens())
                .append(" tokens, the starter's code left out: ").append(report.pairs().size())
                .append(" pair(s) at or above ").append(percent(report.threshold())).append(" similarity sharing at least ")
                .append(report.minimumMatched()).append(" tokens")
                .append(report.smallPairs() == 0 ? "" : " (and " + report.smallPairs() + " more as similar that share fewer: too "
                        + "little code to tell)").append(". ")
                .append("Similarity is the share of both submissions' code in matches; alike is not copied: read the ")
                .append(report.pairs().stream().anyMatch(p -> !p.regions().isEmpty()) ? "regions below"
                        : "pairs' code (in JPlag's report viewer)").append(" before you decide. All pairs are in ")
                .append("similarity.csv, JPlag's own report in jplag.zip.</p>\n");
        if (!report.pairs().isEmpty()) {
            html.append("<table id=\"similar-pairs\">\n<tr><th>#</th><th>submission</th><th>submission</th>")
                    .append("<th>similarity</th><th>larger share</th><th>matched tokens</th></tr>\n");
            List<Pair> shown = report.pairs().subList(0, Math.min(ROWS, report.pairs().size()));
            for (int i = 0; i < shown.size(); i++) {
                Pair pair = shown.get(i);
                boolean hasText = !pair.regions().isEmpty();
                html.append("<tr><td class=\"num\">").append(i + 1).append("</td><td>").append(escape(pair.first()))
                        .append("</td><td>").append(escape(pair.second())).append("</td><td class=\"num\">")
                        .append(hasText ? "<a href=\"#pair-" + (i + 1) + "\">" + percent(pair.similarity()) + "</a>"
                                : percent(pair.similarity()))
                        .append("</td><td class=\"num\">").append(percent(pair.maxSimilarity())).append("</td><td class=\"num\">")
                        .append(pair.matchedTokens()).append("</td></tr>\n");
            }
            html.append("</table>\n");
            if (report.pairs().size() > ROWS) {
                html.append("<p>and ").append(report.pairs().size() - ROWS).append(" more pairs in similarity.csv.</p>\n");
            }
            for (int i = 0; i < report.pairs().size(); i++) {
                Pair pair = report.pairs().get(i);
                if (!pair.regions().isEmpty()) {
                    regions(html, i + 1, pair);
                }
            }
        }
        if (!report.notCompared().isEmpty()) {
            html.append("<h3>Not compared</h3>\n<ul id=\"not-compared\">\n");
            report.notCompared().forEach(n -> html.append("<li>").append(escape(n.id())).append(": ")
                    .append(escape(n.reason())).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    private static void regions(StringBuilder html, int rank, Pair pair) {
        html.append("<details class=\"pair\" id=\"pair-").append(rank).append("\"><summary>").append(rank).append(". ")
                .append(escape(pair.first())).append(" and ").append(escape(pair.second())).append(": ")
                .append(percent(pair.similarity())).append(", ").append(pair.regions().size())
                .append(" longest matched region(s)</summary>\n");
        for (Region region : pair.regions()) {
            html.append("<div class=\"side\"><div>").append(caption(pair.first(), region.first(), region.tokens()))
                    .append("<pre>").append(escape(text(region.first()))).append("</pre></div><div>")
                    .append(caption(pair.second(), region.second(), region.tokens())).append("<pre>")
                    .append(escape(text(region.second()))).append("</pre></div></div>\n");
        }
        html.append("</details>\n");
    }

    private static String caption(String id, Span span, int tokens) {
        return "<p class=\"where\">" + escape(id) + ": " + escape(span.file()) + ", lines " + span.startLine() + "&ndash;"
                + span.endLine() + " (" + tokens + " tokens)</p>";
    }

    private static String text(Span span) {
        return span.text() == null ? "" : span.text();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String escape(String text) {
        return HtmlReport.escape(text == null ? "" : text);
    }
}
