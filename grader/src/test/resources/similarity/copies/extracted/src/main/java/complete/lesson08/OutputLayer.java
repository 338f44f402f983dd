package complete.lesson08;

import tangent.exercises.lesson08.Softmax;

/** Softmax through the log-sum-exp trick; the Jacobian as diag(s) - s s^T. */
public class OutputLayer implements Softmax {

    @Override
    public double[] probabilities(double[] z) {
        double max = finiteMax(z);
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double lse = max + Math.log(sum);
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            s[i] = Math.exp(z[i] - lse);
        }
        return s;
    }

    /** The largest score, after checking that there are scores and that all are finite. */
    private static double finiteMax(double[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("no scores");
        }
        double max = z[0];
        for (double v : z) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("not a finite score: " + v);
            }
            max = Math.max(max, v);
        }
        return max;
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        int n = s.length;
        double[][] j = new double[n][];
        for (int i = 0; i < n; i++) {
            j[i] = jacobianRow(s, i);
        }
        return j;
    }

    private static double[] jacobianRow(double[] s, int i) {
        double[] row = new double[s.length];
        row[i] = s[i];
        for (int k = 0; k < s.length; k++) {
            row[k] -= s[i] * s[k];
        }
        return row;
    }

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        double[] s = probabilities(z);
        if (label < 0 || label > s.length - 1) {
            throw new IllegalArgumentException("no class " + label);
        }
        double[] g = s.clone();
        g[label] = s[label] - 1;
        return g;
    }
}
