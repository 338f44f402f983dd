package ana;

import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping a gradient by its Euclidean norm, and the L1 / L2 weight penalties with their gradients. */
public class GradientRegularizers implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        requireArray(gradient);
        if (!Double.isFinite(maxNorm) || maxNorm <= 0) {
            throw new IllegalArgumentException("maxNorm must be positive and finite, got " + maxNorm);
        }
        double[] out = gradient.clone();
        double norm = euclideanNorm(gradient);
        if (norm > maxNorm) {
            // same direction, length exactly maxNorm
            for (int i = 0; i < out.length; i++) {
                out[i] = gradient[i] * maxNorm / norm;
            }
        }
        return out;
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        requireArray(weights);
        requireLambda(lambda);
        double sum = 0;
        for (double w : weights) {
            sum += Math.abs(w);
        }
        return lambda * sum;
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        requireArray(weights);
        requireLambda(lambda);
        double[] g = new double[weights.length];
        for (int i = 0; i < g.length; i++) {
            // subgradient: sign(w) with sign(0) = 0; "+ 0.0" avoids returning -0.0
            g[i] = lambda * Math.signum(weights[i]) + 0.0;
        }
        return g;
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        requireArray(weights);
        requireLambda(lambda);
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return lambda * sum;
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        requireArray(weights);
        requireLambda(lambda);
        double[] g = new double[weights.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = 2 * lambda * weights[i];
        }
        return g;
    }

    /** |v|, scaled by the largest entry so that squaring cannot overflow. */
    private static double euclideanNorm(double[] v) {
        double scale = 0;
        for (double x : v) {
            scale = Math.max(scale, Math.abs(x));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (double x : v) {
            double r = x / scale;
            sum += r * r;
        }
        return scale * Math.sqrt(sum);
    }

    private static void requireArray(double[] v) {
        if (v == null) {
            throw new IllegalArgumentException("array is null");
        }
    }

    private static void requireLambda(double lambda) {
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        }
    }
}
