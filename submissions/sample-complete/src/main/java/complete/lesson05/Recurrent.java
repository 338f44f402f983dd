package complete.lesson05;

import tangent.exercises.lesson05.RecurrentStep;

public class Recurrent implements RecurrentStep {

    @Override
    public double[] hidden(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        int size = wxh.length;
        if (whh.length != size || hPrev.length != size) {
            throw new IllegalArgumentException("Wxh, Whh and h_prev must agree on the hidden size");
        }
        double[] a = Linalg.matvec(wxh, x);
        double[] r = Linalg.matvec(whh, hPrev);
        double[] h = new double[size];
        for (int i = 0; i < size; i++) {
            h[i] = Math.tanh(a[i] + r[i]);
        }
        return h;
    }

    @Override
    public double[] output(double[][] why, double[] h) {
        return Linalg.matvec(why, h);
    }

    @Override
    public double[][] hiddenStates(double[][] wxh, double[][] whh, double[][] xs, double[] h0) {
        double[][] out = new double[xs.length][];
        double[] h = h0.clone();
        for (int t = 0; t < xs.length; t++) {
            out[t] = h = hidden(wxh, whh, xs[t], h);
        }
        return out;
    }

    @Override
    public double[][] hiddenJacobian(double[][] wxh, double[][] whh, double[] x, double[] hPrev) {
        double[] h = hidden(wxh, whh, x, hPrev);
        double[][] jac = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            jac[i] = whh[i].clone();
            for (int k = 0; k < jac[i].length; k++) {
                jac[i][k] *= 1 - h[i] * h[i];
            }
        }
        return jac;
    }
}
