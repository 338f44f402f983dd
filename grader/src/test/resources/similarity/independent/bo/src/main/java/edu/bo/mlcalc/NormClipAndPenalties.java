package edu.bo.mlcalc;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping by norm, and the L1 / L2 penalties (L2 without the factor 1/2) with their gradients. */
public class NormClipAndPenalties implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        Require.present(gradient, "gradient");
        Require.positive(maxNorm, "maxNorm");
        double norm = euclideanNorm(gradient);
        double factor = norm > maxNorm ? maxNorm / norm : 1.0;
        return map(gradient, g -> g * factor);
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        checked(weights, lambda);
        return lambda * Arrays.stream(weights).map(Math::abs).sum();
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        checked(weights, lambda);
        return map(weights, w -> lambda * Math.signum(w) + 0.0);
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        checked(weights, lambda);
        return lambda * Arrays.stream(weights).map(w -> w * w).sum();
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        checked(weights, lambda);
        return map(weights, w -> 2 * lambda * w + 0.0);
    }

    private static void checked(double[] weights, double lambda) {
        Require.present(weights, "weights");
        Require.nonNegative(lambda, "lambda");
    }

    private static double[] map(double[] v, DoubleUnaryOperator op) {
        return Arrays.stream(v).map(op).toArray();
    }

    /** |v|, scaled by the largest entry first so that huge or tiny entries neither overflow nor vanish. */
    static double euclideanNorm(double[] v) {
        double scale = Arrays.stream(v).map(Math::abs).max().orElse(0);
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        return scale * Math.sqrt(Arrays.stream(v).map(x -> x / scale).map(x -> x * x).sum());
    }
}
