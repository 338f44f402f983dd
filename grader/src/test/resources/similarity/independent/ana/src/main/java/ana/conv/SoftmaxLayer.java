package ana.conv;

import tangent.exercises.lesson08.Softmax;

/** Softmax computed stably (largest score subtracted first), its Jacobian, and the cross-entropy gradient. */
public class SoftmaxLayer implements Softmax {

    @Override
    public double[] probabilities(double[] z) {
        check(z);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] s = new double[z.length];
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i] - max); // at most 1, so no overflow
            total += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= total; // total >= 1 because the largest term is e^0
        }
        return s;
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        int n = s.length;
        double[][] j = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double delta = a == b ? 1 : 0;
                j[a][b] = s[a] * (delta - s[b]);
            }
        }
        return j;
    }

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        check(z);
        if (label < 0 || label >= z.length) {
            throw new IllegalArgumentException("label must be between 0 and " + (z.length - 1) + ", got " + label);
        }
        double[] grad = probabilities(z);
        grad[label] -= 1; // s - y with y the one-hot vector of the label
        return grad;
    }

    private static void check(double[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("scores must be a non-empty array");
        }
        for (double v : z) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("scores must be finite");
            }
        }
    }
}
