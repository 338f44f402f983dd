package tangent.exercises.lesson05;

import java.util.SplittableRandom;

/**
 * Weights and biases for {@link MultilayerPerceptron#initialize}, and the seeded random start the
 * grader trains from, so that students and the grader start from exactly the same numbers. Not a
 * task: it is given.
 *
 * @param weights element l - 1 is W[l], n(l-1) x n(l)
 * @param biases  element l - 1 is b[l], of length n(l)
 */
public record NetworkParameters(double[][][] weights, double[][] biases) {

    /**
     * Random starting parameters, like the text's {@code initialize(seed)} but with the weights
     * scaled for ReLU layers (He initialisation: the text's sigma = 0.1 leaves its ReLU network
     * barely moving for the first hundreds of epochs). One
     * {@code new java.util.SplittableRandom(seed)}; for each layer l = 1..L in order, first every
     * entry of W[l] row by row is {@code nextGaussian() * sqrt(2 / n(l-1))}, then every entry of
     * b[l] is {@code nextGaussian() * 0.1}.
     *
     * @param layerSizes n0, n1, ..., nL: at least two sizes, each at least 1
     * @param seed       the seed
     * @return new arrays
     * @throws IllegalArgumentException for fewer than two sizes or a size below 1
     */
    public static NetworkParameters random(int[] layerSizes, long seed) {
        if (layerSizes == null || layerSizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least two layer sizes (inputs and outputs)");
        }
        for (int size : layerSizes) {
            if (size < 1) {
                throw new IllegalArgumentException("every layer needs at least one unit, got " + size);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int layers = layerSizes.length - 1;
        double[][][] weights = new double[layers][][];
        double[][] biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            double scale = Math.sqrt(2.0 / layerSizes[l]);
            weights[l] = new double[layerSizes[l]][layerSizes[l + 1]];
            for (double[] row : weights[l]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextGaussian() * scale;
                }
            }
            biases[l] = new double[layerSizes[l + 1]];
            for (int j = 0; j < biases[l].length; j++) {
                biases[l][j] = random.nextGaussian() * 0.1;
            }
        }
        return new NetworkParameters(weights, biases);
    }
}
