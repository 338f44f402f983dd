package complete.lesson08;

import tangent.exercises.lesson08.Softmax;

/** Softmax through the log-sum-exp trick; the Jacobian as diag(s) - s s^T. */
public class OutputLayer implements Softmax {

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        double[] s = probabilities(z);
        double[] g = s.clone();
        if (label < 0 || label > s.length - 1) {
            throw new IllegalArgumentException("no class " + label);
        }
        g[label] = s[label] - 1;
        return g;
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        int n = s.length;
        double[][] j = new double[n][n];
        for (int i = 0; i < n; i++) {
            j[i][i] = s[i];
            for (int k = 0; k < n; k++) {
                j[i][k] -= s[i] * s[k];
            }
        }
        return j;
    }

    @Override
    public double[] probabilities(double[] z) {
        double lse = logSumExp(z);
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i] - lse);
        }
        return s;
    }

    private static double logSumExp(double[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("no scores");
        }
        double sum = 0;
        double max = z[0];
        for (double v : z) {
            if (Double.isInfinite(v) || Double.isNaN(v)) {
                throw new IllegalArgumentException("not a finite score: " + v);
            }
            max = Math.max(max, v);
        }
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
