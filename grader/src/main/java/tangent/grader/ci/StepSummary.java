package tangent.grader.ci;

import java.util.List;
import tangent.grader.report.MarkdownReport;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;

/**
 * The Markdown a pull request's check shows ({@code $GITHUB_STEP_SUMMARY}): a table with each
 * submission's status, points and verdict under the policy, then each submission's report in the
 * student's view. Kept under GitHub's limit of 1 MiB per step.
 */
public final class StepSummary {

    /** GitHub refuses a step summary larger than 1 MiB; stay well below. */
    static final int LIMIT = 900 * 1024;

    private final PassPolicy policy;

    public StepSummary(PassPolicy policy) {
        this.policy = policy;
    }

    public String toMarkdown(List<Scorecard> cards) {
        long failing = cards.stream().filter(c -> policy.failure(c) != null).count();
        StringBuilder md = new StringBuilder();
        md.append("## Tangent: ").append(cards.size()).append(cards.size() == 1 ? " submission" : " submissions")
                .append(" graded, ").append(failing == 0 ? "all pass" : failing + " failing")
                .append(" (policy `").append(policy).append("`)\n\n");
        md.append("| submission | status | points | check |\n|---|---|---:|---|\n");
        for (Scorecard card : cards) {
            String why = policy.failure(card);
            md.append("| ").append(cell(card.submission().id())).append(" | ").append(card.status().json())
                    .append(" | ").append(Points.show(card.score())).append(" / ").append(Points.show(card.maxScore()))
                    .append(" | ").append(why == null ? "pass" : "**fail**: " + cell(why)).append(" |\n");
        }
        MarkdownReport report = new MarkdownReport(false);
        for (Scorecard card : cards) {
            String page = "\n---\n\n" + report.toMarkdown(card).replaceAll("(?m)^#", "##");
            if (md.length() + page.length() > LIMIT) {
                md.append("\n---\n\nThe remaining reports do not fit in a step summary; they are in the scorecards "
                        + "artifact.\n");
                break;
            }
            md.append(page);
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

}
