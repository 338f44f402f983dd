package complete.lesson02;

import tangent.exercises.lesson02.NormalProbability;

/** P(lo < X < hi) by 10-point Gauss-Legendre on panels of the standardised interval. */
public class GaussianArea implements NormalProbability {

    private static final double[] NODES = {0.1488743389816312, 0.4333953941292472, 0.6794095682990244,
        0.8650633666889845, 0.9739065285171717};
    private static final double[] WEIGHTS = {0.2955242247147529, 0.2692667193099963, 0.2190863625159820,
        0.1494513491505806, 0.0666713443086881};

    private static void check(double mu, double sigma) {
        if (!Double.isFinite(mu) || !Double.isFinite(sigma) || sigma <= 0) {
            throw new IllegalArgumentException("need finite mu and sigma > 0");
        }
    }

    private static double phi(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    @Override
    public double density(double x, double mu, double sigma) {
        check(mu, sigma);
        return phi((x - mu) / sigma) / sigma;
    }

    @Override
    public double probability(double lo, double hi, double mu, double sigma) {
        check(mu, sigma);
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("need lo <= hi");
        }
        double a = Math.max(-12, (lo - mu) / sigma);
        double b = Math.min(12, (hi - mu) / sigma);
        if (a >= b) {
            return 0;
        }
        int panels = (int) Math.ceil((b - a) / 0.25);
        double width = (b - a) / panels;
        double total = 0;
        for (int p = 0; p < panels; p++) {
            double centre = a + (p + 0.5) * width;
            double half = width / 2;
            for (int i = 0; i < NODES.length; i++) {
                total += WEIGHTS[i] * half * (phi(centre - half * NODES[i]) + phi(centre + half * NODES[i]));
            }
        }
        return total;
    }
}
