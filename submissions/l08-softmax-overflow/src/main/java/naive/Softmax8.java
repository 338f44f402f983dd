package naive;

import tangent.exercises.lesson08.Softmax;

/** Softmax straight from the formula: e^z_i / sum e^z_j, without subtracting the largest score. */
public class Softmax8 implements Softmax {

    private static void check(double[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("no scores");
        }
        for (double v : z) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("score " + v);
            }
        }
    }

    @Override
    public double[] probabilities(double[] z) {
        check(z);
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v);
        }
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i]) / sum;
        }
        return s;
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        double[][] j = new double[s.length][s.length];
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < s.length; b++) {
                j[a][b] = a == b ? s[a] * (1 - s[a]) : -s[a] * s[b];
            }
        }
        return j;
    }

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        double[] g = probabilities(z);
        if (label < 0 || label >= g.length) {
            throw new IllegalArgumentException("label " + label);
        }
        g[label] -= 1;
        return g;
    }
}
