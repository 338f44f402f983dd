package edu.example.grace;

import tangent.exercises.lesson05.RecurrentStep;

public class Rnn implements RecurrentStep {

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != v.length) {
                throw new IllegalArgumentException("sizes do not fit");
            }
            for (int j = 0; j < v.length; j++) {
                out[i] += m[i][j] * v[j];
            }
        }
        return out;
    }

    public double[] hidden(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        if (whh.length != wxh.length || hPrev.length != wxh.length) {
            throw new IllegalArgumentException("hidden sizes do not fit");
        }
        double[] fromX = times(wxh, x);
        double[] fromH = times(whh, hPrev);
        double[] h = new double[fromX.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.tanh(fromX[i] + fromH[i]);
        }
        return h;
    }

    public double[] output(double[][] why, double[] h) {
        return times(why, h);
    }

    public double[][] hiddenStates(double[][] wxh, double[][] whh, double[][] xs, double[] h0) {
        double[][] states = new double[xs.length][];
        double[] h = h0;
        for (int t = 0; t < xs.length; t++) {
            h = hidden(wxh, whh, xs[t], h);
            states[t] = h;
        }
        return states;
    }

    public double[][] hiddenJacobian(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        double[] h = hidden(wxh, whh, x, hPrev);
        double[][] j = new double[h.length][h.length];
        for (int i = 0; i < h.length; i++) {
            for (int k = 0; k < h.length; k++) {
                j[i][k] = (1 - h[i] * h[i]) * whh[i][k];
            }
        }
        return j;
    }
}
