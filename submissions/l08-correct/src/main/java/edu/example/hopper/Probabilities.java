package edu.example.hopper;

import tangent.exercises.lesson08.Softmax;

public class Probabilities implements Softmax {

    private static double[] check(double[] z) {
        if (z == null || z.length == 0) {
            throw new IllegalArgumentException("need scores");
        }
        for (double v : z) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("bad score " + v);
            }
        }
        return z;
    }

    @Override
    public double[] probabilities(double[] z) {
        check(z);
        double top = z[0];
        for (int i = 1; i < z.length; i++) {
            if (z[i] > top) {
                top = z[i];
            }
        }
        double[] out = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.exp(z[i] - top);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] = out[i] / sum;
        }
        return out;
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        double[][] jac = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            jac[i] = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                jac[i][j] = i == j ? s[i] * (1 - s[i]) : -s[i] * s[j];
            }
        }
        return jac;
    }

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        double[] s = probabilities(z);
        if (label < 0 || label >= s.length) {
            throw new IllegalArgumentException("label out of range: " + label);
        }
        s[label] -= 1.0;
        return s;
    }
}
