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
    /**
     * The smallest minimum match allowed: JPlag's own default for Java. Below it the starter (the
     * base code) claims more of every submission's short runs, and the outcome varies from run to
     * run. Measured on two identical copies of the whole course (sample-complete): at 9, 99.97% in
     * each of 6 runs; at 8, from 98.5% to 99.9% over 12 runs; at 6, 98%; on copies of one lesson's
     * solution at 4, 569 of 668 tokens matched.
     */
    public static final int SMALLEST_MINIMUM_TOKENS = 9;
    /** Top pairs whose regions are shown by default. */
    public static final int DEFAULT_EXCERPTS = 10;

    public SimilarityOptions {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold is a similarity from 0 to 1 (such as 0.5), not " + threshold);
        }
        if (minimumTokens != null && minimumTokens < SMALLEST_MINIMUM_TOKENS) {
            throw new IllegalArgumentException("the minimum match is at least " + SMALLEST_MINIMUM_TOKENS + " tokens, not "
                    + minimumTokens + " (JPlag's default for Java): below that, the starter (the base code) claims short "
                    + "runs every submission has (a return, a loop head), identical submissions score under 100%, and "
                    + "the scores vary from run to run");
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
