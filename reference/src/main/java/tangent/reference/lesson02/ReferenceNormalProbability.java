package tangent.reference.lesson02;

import tangent.exercises.lesson02.NormalProbability;

/**
 * The normal density as its formula, and probabilities by integrating the standard density with
 * Commons Math's Gauss-Legendre rule between the standardised limits, clipped to [-40, 40]
 * (the mass outside is below 1e-300). Tested against Commons Math's {@code NormalDistribution}.
 */
public final class ReferenceNormalProbability implements NormalProbability {

    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
    /** Beyond this many standard deviations the density underflows; nothing is left to integrate. */
    private static final double FAR = 40;

    @Override
    public double density(double x, double mu, double sigma) {
        check(mu, sigma);
        double z = (x - mu) / sigma;
        return Math.exp(-z * z / 2) / (sigma * SQRT_TWO_PI);
    }

    @Override
    public double probability(double lo, double hi, double mu, double sigma) {
        check(mu, sigma);
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("need lo <= hi, got lo = " + lo + ", hi = " + hi);
        }
        double zLo = Math.max(-FAR, Math.min(FAR, (lo - mu) / sigma));
        double zHi = Math.max(-FAR, Math.min(FAR, (hi - mu) / sigma));
        return ReferenceDefiniteIntegrals.gaussLegendre(z -> Math.exp(-z * z / 2) / SQRT_TWO_PI, zLo, zHi);
    }

    private static void check(double mu, double sigma) {
        if (!Double.isFinite(mu) || !(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("need a finite mu and a positive, finite sigma; got mu = " + mu
                    + ", sigma = " + sigma);
        }
    }
}
