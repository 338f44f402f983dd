package tangent.reference.lesson08;

import tangent.exercises.lesson08.Softmax;

/** Softmax with the largest score subtracted first, its Jacobian s_i (d_ij - s_j), and s - y. */
public final class ReferenceSoftmax implements Softmax {

    @Override
    public double[] probabilities(double[] z) {
        requireScores(z);
        double largest = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            largest = Math.max(largest, v);
        }
        double[] s = new double[z.length];
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i] - largest); // at most 1: no overflow, and the largest term is exactly 1
            total += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= total;
        }
        return s;
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        double[][] j = new double[s.length][s.length];
        for (int r = 0; r < s.length; r++) {
            for (int c = 0; c < s.length; c++) {
                j[r][c] = s[r] * ((r == c ? 1 : 0) - s[c]);
            }
        }
        return j;
    }

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        double[] g = probabilities(z);
        if (label < 0 || label >= g.length) {
            throw new IllegalArgumentException("label " + label + " is not a class of " + g.length + " scores");
        }
        g[label] -= 1;
        return g;
    }

    private static void requireScores(double[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one score");
        }
        for (double v : z) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a score is not finite: " + v);
            }
        }
    }
}
