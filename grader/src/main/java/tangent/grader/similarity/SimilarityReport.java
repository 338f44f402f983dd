package tangent.grader.similarity;

import java.util.List;

/**
 * What a comparison of a batch found: kept as {@code similarity.json} beside the scorecards, so the
 * batch's HTML report can show it again without comparing anything.
 *
 * @param schema        this format's version
 * @param tool          what compared, such as "JPlag 4.3.0 (java)"
 * @param threshold     pairs from this similarity up are listed
 * @param minimumTokens the shortest match counted, in tokens
 * @param minimumMatched the fewest matched tokens of a listed pair
 * @param compared      how many submissions took part
 * @param comparisons   how many pairs were compared (all of them, above the threshold or not)
 * @param notCompared   the submissions left out, and why
 * @param pairs         the pairs at or above the threshold that share at least {@code minimumMatched}
 *                      tokens, most similar first
 * @param smallPairs    pairs at or above the threshold left out for sharing fewer tokens than that
 * @param durationMs    how long the comparison took
 */
public record SimilarityReport(String schema, String tool, double threshold, int minimumTokens, int minimumMatched,
        int compared, long comparisons, List<NotCompared> notCompared, List<Pair> pairs, long smallPairs, long durationMs) {

    /** The version of this format. */
    public static final String SCHEMA = "tangent-similarity/1";

    public SimilarityReport {
        notCompared = notCompared == null ? List.of() : List.copyOf(notCompared);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    /**
     * A submission that took no part, such as one whose sources do not parse.
     *
     * @param id     the submission
     * @param reason why, and what to do
     */
    public record NotCompared(String id, String reason) {
    }

    /**
     * Two submissions alike.
     *
     * @param first         one submission's id (the smaller)
     * @param second        the other's
     * @param similarity    the share of both submissions' tokens that match (JPlag's average similarity), 0 to 1
     * @param maxSimilarity the larger of the two shares: high when one submission is contained in the other
     * @param matchedTokens tokens in matches
     * @param firstTokens   the first submission's tokens, base code excluded from neither
     * @param secondTokens  the second's
     * @param regions       the longest matches, longest first, for the top pairs (the ones shown); empty for the rest
     */
    public record Pair(String first, String second, double similarity, double maxSimilarity, int matchedTokens,
            int firstTokens, int secondTokens, List<Region> regions) {

        public Pair {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }

    /**
     * One matched region: where it is in each submission.
     *
     * @param tokens how many tokens match
     */
    public record Region(Span first, Span second, int tokens) {
    }

    /**
     * Lines of one source file.
     *
     * @param file      the path within the submission, as intake reads it
     * @param startLine the first line, from 1
     * @param endLine   the last line
     * @param text      those lines (at most 60 of them, then a note)
     */
    public record Span(String file, int startLine, int endLine, String text) {
    }
}
