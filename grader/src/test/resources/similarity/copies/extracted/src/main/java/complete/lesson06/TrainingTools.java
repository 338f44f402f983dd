package complete.lesson06;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping by norm and the L1 and L2 penalties, with streams. */
public final class TrainingTools implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        if (gradient == null) {
            throw new IllegalArgumentException("no gradient");
        }
        if (!(maxNorm > 0 && Double.isFinite(maxNorm))) {
            throw new IllegalArgumentException("maxNorm must be positive and finite");
        }
        double norm = Math.sqrt(sumOf(gradient, g -> g * g));
        double scale = norm > maxNorm ? maxNorm / norm : 1;
        return mapped(gradient, g -> g * scale);
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        return strength(weights, lambda) * sumOf(weights, Math::abs);
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        double s = strength(weights, lambda);
        return mapped(weights, w -> s * Math.signum(w));
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        return strength(weights, lambda) * sumOf(weights, w -> w * w);
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        double s = strength(weights, lambda);
        return mapped(weights, w -> 2 * s * w);
    }

    private static double sumOf(double[] v, DoubleUnaryOperator term) {
        return Arrays.stream(v).map(term).sum();
    }

    private static double[] mapped(double[] v, DoubleUnaryOperator op) {
        return Arrays.stream(v).map(op).toArray();
    }

    private static double strength(double[] weights, double lambda) {
        if (weights == null || !(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("need weights and a finite lambda >= 0");
        }
        return lambda;
    }
}
