package edu.example.grace;

import tangent.exercises.lesson02.NormalProbability;

/** The standard density integrated between standardised limits. */
public class Normal implements NormalProbability {

    private final Integrals integrals = new Integrals();

    private static void check(double mu, double sigma) {
        if (!Double.isFinite(mu) || !(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("bad mu or sigma");
        }
    }

    @Override
    public double density(double x, double mu, double sigma) {
        check(mu, sigma);
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    @Override
    public double probability(double lo, double hi, double mu, double sigma) {
        check(mu, sigma);
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("need lo <= hi");
        }
        double a = Math.max(-5, Math.min(5, (lo - mu) / sigma));
        double b = Math.max(-5, Math.min(5, (hi - mu) / sigma));
        if (a == b) {
            return 0;
        }
        return integrals.simpson(z -> density(z, 0, 1), a, b, 20000);
    }
}
