package complete.lesson06;

import java.util.Arrays;
import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping by norm and the L1 and L2 penalties, with streams. */
public final class TrainingTools implements ClippingAndPenalties {

    private static double strength(double[] weights, double lambda) {
        if (!(lambda >= 0 && Double.isFinite(lambda)) || weights == null) {
            throw new IllegalArgumentException("need weights and a finite lambda >= 0");
        }
        return lambda;
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        double s = strength(weights, lambda);
        return Arrays.stream(weights).map(w -> 2 * s * w).toArray();
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        return strength(weights, lambda) * Arrays.stream(weights).map(w -> w * w).sum();
    }

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        if (gradient == null) {
            throw new IllegalArgumentException("no gradient");
        }
        if (!(maxNorm > 0 && Double.isFinite(maxNorm))) {
            throw new IllegalArgumentException("maxNorm must be positive and finite");
        }
        double norm = Math.sqrt(Arrays.stream(gradient).map(g -> g * g).sum());
        double scale = norm > maxNorm ? maxNorm / norm : 1;
        return Arrays.stream(gradient).map(g -> g * scale).toArray();
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        double s = strength(weights, lambda);
        return Arrays.stream(weights).map(w -> s * Math.signum(w)).toArray();
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        return strength(weights, lambda) * Arrays.stream(weights).map(Math::abs).sum();
    }
}
