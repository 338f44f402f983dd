package tangent.exercises.lesson05;

/**
 * The data set of the text's training run, two noisy concentric circles, made here in Java so that
 * students and the grader train on exactly the same points. Not a task: it is given.
 *
 * <p>It follows scikit-learn's {@code make_circles(n_samples=n, shuffle=False, noise=noise,
 * factor=factor)}, with Java's random numbers in place of numpy's:
 * <ol>
 *   <li>the outer circle has n_out = n / 2 points (integer division) and the inner one
 *       n_in = n - n_out;
 *   <li>outer point k (k = 0..n_out-1) is (cos t, sin t) with t = k * (2 pi / n_out); inner point k
 *       (k = 0..n_in-1) is (factor cos t, factor sin t) with t = k * (2 pi / n_in): evenly spaced
 *       angles, numpy's {@code linspace(0, 2 pi, m, endpoint=False)};
 *   <li>rows 0..n_out-1 are the outer points, labelled 0, then come the inner points, labelled 1
 *       (no shuffling);
 *   <li>noise: one {@code new java.util.SplittableRandom(seed)}; for each row in order, its x gets
 *       {@code noise * nextGaussian()} added, then its y.
 * </ol>
 * The text's call is {@code make_circles(n_samples=1000, factor=0.5, noise=0.1)}:
 * {@code TwoCircles.generate(1000, 0.5, 0.1, seed)}.
 */
public final class TwoCircles {

    private TwoCircles() {
    }

    /**
     * Points and labels, shaped for {@link MultilayerPerceptron}.
     *
     * @param x the points, n x 2: one point (x, y) per row
     * @param y the labels, n x 1: 0 for the outer circle, 1 for the inner one
     */
    public record Data(double[][] x, double[][] y) {
    }

    /**
     * Makes the two circles.
     *
     * @param n      how many points in all, at least 2
     * @param factor the inner circle's radius (the outer one's is 1), at least 0 and below 1
     * @param noise  the standard deviation of the Gaussian noise added to each coordinate, at least 0
     * @param seed   the seed of the noise
     * @return the points and their labels, new arrays
     * @throws IllegalArgumentException for n &lt; 2, a factor outside [0, 1), or a negative or NaN noise
     */
    public static Data generate(int n, double factor, double noise, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 points, got " + n);
        }
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in [0, 1), got " + factor);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0, got " + noise);
        }
        int outer = n / 2;
        int inner = n - outer;
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        double outerStep = 2 * Math.PI / outer;
        for (int k = 0; k < outer; k++) {
            double t = k * outerStep;
            x[k] = new double[] {Math.cos(t), Math.sin(t)};
            y[k] = new double[] {0};
        }
        double innerStep = 2 * Math.PI / inner;
        for (int k = 0; k < inner; k++) {
            double t = k * innerStep;
            x[outer + k] = new double[] {factor * Math.cos(t), factor * Math.sin(t)};
            y[outer + k] = new double[] {1};
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (double[] point : x) {
            point[0] += noise * random.nextGaussian();
            point[1] += noise * random.nextGaussian();
        }
        return new Data(x, y);
    }
}
