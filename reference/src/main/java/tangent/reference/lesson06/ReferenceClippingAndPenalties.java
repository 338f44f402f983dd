package tangent.reference.lesson06;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.util.FastMath;
import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping and penalties on Commons Math vectors (norms, L1 norms, scaling) as the task defines them. */
public final class ReferenceClippingAndPenalties implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] gradient, double maxNorm) {
        if (!(maxNorm > 0) || !Double.isFinite(maxNorm)) {
            throw new IllegalArgumentException("maxNorm must be positive and finite, got " + maxNorm);
        }
        ArrayRealVector g = vector(gradient);
        double norm = g.getNorm();
        return norm > maxNorm ? g.mapMultiply(maxNorm / norm).toArray() : g.toArray();
    }

    @Override
    public double l1Penalty(double[] weights, double lambda) {
        return requireStrength(lambda) * vector(weights).getL1Norm();
    }

    @Override
    public double[] l1Gradient(double[] weights, double lambda) {
        double strength = requireStrength(lambda);
        // FastMath.signum(0) is 0: the subgradient the task fixes at w_i = 0.
        return vector(weights).map(FastMath::signum).mapMultiply(strength).toArray();
    }

    @Override
    public double l2Penalty(double[] weights, double lambda) {
        ArrayRealVector w = vector(weights);
        return requireStrength(lambda) * w.dotProduct(w);
    }

    @Override
    public double[] l2Gradient(double[] weights, double lambda) {
        return vector(weights).mapMultiply(2 * requireStrength(lambda)).toArray();
    }

    private static ArrayRealVector vector(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("the array must not be null");
        }
        return new ArrayRealVector(values); // a copy: the caller's array is never changed
    }

    private static double requireStrength(double lambda) {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be at least 0 and finite, got " + lambda);
        }
        return lambda;
    }
}
