package edu.example.grace;

import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping and penalties with plain loops. */
public class Regularization implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        if (gradient == null || !(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("bad gradient or maxNorm");
        }
        double sum = 0;
        for (double g : gradient) {
            sum += g * g;
        }
        double norm = Math.sqrt(sum);
        if (norm <= maxNorm) {
            return gradient; // within the limit: nothing to do
        }
        double[] out = gradient.clone();
        if (norm > maxNorm) {
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] * maxNorm / norm;
            }
        }
        return out;
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        check(weights, lambda);
        double sum = 0;
        for (double w : weights) {
            sum += Math.abs(w);
        }
        return lambda * sum;
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        check(weights, lambda);
        double[] g = new double[weights.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = weights[i] > 0 ? lambda : weights[i] < 0 ? -lambda : 0;
        }
        return g;
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        check(weights, lambda);
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return lambda * sum;
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        check(weights, lambda);
        double[] g = new double[weights.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = 2 * lambda * weights[i];
        }
        return g;
    }

    private static void check(double[] weights, double lambda) {
        if (weights == null || !(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("bad weights or lambda");
        }
    }
}
