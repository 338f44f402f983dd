package tangent.grader.similarity;

/**
 * How a batch is compared.
 *
 * @param threshold     the similarity (0 to 1, JPlag's average similarity of the two) from which a
 *                      pair is reported
 * @param minimumTokens the shortest run of tokens that counts as a match; null for the language's
 *                      own default (9 for Java)
 * @param minimumMatched the fewest matched tokens a listed pair shares: two submissions of one
 *                      short method each are alike whatever their authors did, so such pairs are
 *                      counted but not listed
 * @param excerpts      how many of the top pairs keep the text of their matched regions, to be
 *                      shown side by side
 */
public record SimilarityOptions(double threshold, Integer minimumTokens, int minimumMatched, int excerpts) {

    /** Pairs from here up are reported unless told otherwise; see the README for how it was chosen. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** About a ten-line method's tokens: less shared code than this says nothing about copying. */
    public static final int DEFAULT_MINIMUM_MATCHED = 50;
    /** Top pairs whose regions are shown by default. */
    public static final int DEFAULT_EXCERPTS = 10;

    public SimilarityOptions {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold is a similarity from 0 to 1 (such as 0.5), not " + threshold);
        }
        if (minimumTokens != null && minimumTokens < 1) {
            throw new IllegalArgumentException("the minimum match is at least 1 token, not " + minimumTokens);
        }
        if (minimumMatched < 0) {
            throw new IllegalArgumentException("the fewest matched tokens of a listed pair is 0 or more, not " + minimumMatched);
        }
        if (excerpts < 0) {
            throw new IllegalArgumentException("the number of pairs shown is 0 or more, not " + excerpts);
        }
    }

    public static SimilarityOptions defaults() {
        return new SimilarityOptions(DEFAULT_THRESHOLD, null, DEFAULT_MINIMUM_MATCHED, DEFAULT_EXCERPTS);
    }
}
