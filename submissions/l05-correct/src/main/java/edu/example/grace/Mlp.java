package edu.example.grace;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.MultilayerPerceptron;

/** The text's mlp class, layer by layer with plain loops. */
public class Mlp implements MultilayerPerceptron {

    private static final double EPS = Math.ulp(1.0);

    private double[][][] W;
    private double[][] b;
    private Activation[] act;
    private double[][][] z;
    private double[][][] a;
    private double[][][] dW;
    private double[][] db;
    private double[][][] da;

    public void initialize(double[][][] weights, double[][] biases, Activation[] activations) {
        int L = weights.length;
        if (L == 0 || biases.length != L || activations.length != L) {
            throw new IllegalArgumentException("need one W, one b and one activation per layer");
        }
        W = new double[L][][];
        b = new double[L][];
        for (int l = 0; l < L; l++) {
            int rows = weights[l].length;
            if (rows == 0 || weights[l][0].length == 0) {
                throw new IllegalArgumentException("empty W");
            }
            int cols = weights[l][0].length;
            if (l > 0 && rows != W[l - 1][0].length) {
                throw new IllegalArgumentException("W" + (l + 1) + " does not fit W" + l);
            }
            if (biases[l].length != cols) {
                throw new IllegalArgumentException("b" + (l + 1) + " has the wrong length");
            }
            W[l] = new double[rows][];
            for (int i = 0; i < rows; i++) {
                if (weights[l][i].length != cols) {
                    throw new IllegalArgumentException("ragged W");
                }
                W[l][i] = weights[l][i].clone();
            }
            b[l] = biases[l].clone();
        }
        act = activations.clone();
        z = null;
        a = null;
        dW = null;
    }

    public double[][] forward(double[][] x) {
        if (W == null) {
            throw new IllegalStateException("not initialized");
        }
        int L = W.length;
        int n = x.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        for (double[] row : x) {
            if (row.length != W[0].length) {
                throw new IllegalArgumentException("x has the wrong number of columns");
            }
        }
        z = new double[L + 1][][];
        a = new double[L + 1][][];
        a[0] = copy(x);
        for (int l = 1; l <= L; l++) {
            double[][] w = W[l - 1];
            int out = w[0].length;
            z[l] = new double[n][out];
            a[l] = new double[n][out];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    double s = b[l - 1][j];
                    for (int k = 0; k < w.length; k++) {
                        s += a[l - 1][i][k] * w[k][j];
                    }
                    z[l][i][j] = s;
                    a[l][i][j] = Act.g(act[l - 1], s);
                }
            }
        }
        dW = null;
        return copy(a[L]);
    }

    private void checkLabels(double[][] y) {
        if (a == null) {
            throw new IllegalStateException("call forward first");
        }
        double[][] yhat = a[W.length];
        if (y.length != yhat.length) {
            throw new IllegalArgumentException("y has the wrong number of rows");
        }
        for (double[] row : y) {
            if (row.length != yhat[0].length) {
                throw new IllegalArgumentException("y has the wrong number of columns");
            }
        }
    }

    public double loss(double[][] y) {
        checkLabels(y);
        double[][] yhat = a[W.length];
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[i].length; j++) {
                total -= y[i][j] * Math.log(Math.max(yhat[i][j], EPS))
                        + (1 - y[i][j]) * Math.log(Math.max(1 - yhat[i][j], EPS));
            }
        }
        return total / y.length;
    }

    public void backward(double[][] y) {
        checkLabels(y);
        int L = W.length;
        int n = y.length;
        double[][] yhat = a[L];
        da = new double[L + 1][][];
        dW = new double[L][][];
        db = new double[L][];
        da[L] = new double[n][yhat[0].length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < yhat[0].length; j++) {
                da[L][i][j] = -y[i][j] / Math.max(yhat[i][j], EPS) + (1 - y[i][j]) / Math.max(1 - yhat[i][j], EPS);
            }
        }
        for (int l = L; l >= 1; l--) {
            double[][] w = W[l - 1];
            int in = w.length;
            int out = w[0].length;
            double[][] dz = new double[n][out];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    dz[i][j] = da[l][i][j] * Act.dg(act[l - 1], z[l][i][j]);
                }
            }
            dW[l - 1] = new double[in][out];
            db[l - 1] = new double[out];
            da[l - 1] = new double[n][in];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    db[l - 1][j] += dz[i][j] / n;
                    for (int k = 0; k < in; k++) {
                        dW[l - 1][k][j] += a[l - 1][i][k] * dz[i][j] / n;
                        da[l - 1][i][k] += dz[i][j] * w[k][j];
                    }
                }
            }
        }
    }

    public double[][][] weightGradients() {
        if (dW == null) {
            throw new IllegalStateException("call backward first");
        }
        double[][][] out = new double[dW.length][][];
        for (int l = 0; l < dW.length; l++) {
            out[l] = copy(dW[l]);
        }
        return out;
    }

    public double[][] biasGradients() {
        if (dW == null) {
            throw new IllegalStateException("call backward first");
        }
        return copy(db);
    }

    public double[][] activationGradient(int layer) {
        if (dW == null) {
            throw new IllegalStateException("call backward first");
        }
        if (layer < 0 || layer > W.length) {
            throw new IllegalArgumentException("no layer " + layer);
        }
        return copy(da[layer]);
    }

    public void update(double eta) {
        if (dW == null) {
            throw new IllegalStateException("call backward first");
        }
        for (int l = 0; l < W.length; l++) {
            for (int i = 0; i < W[l].length; i++) {
                for (int j = 0; j < W[l][i].length; j++) {
                    W[l][i][j] -= eta * dW[l][i][j];
                }
            }
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] -= eta * db[l][j];
            }
        }
    }

    public double[][][] weights() {
        double[][][] out = new double[W.length][][];
        for (int l = 0; l < W.length; l++) {
            out[l] = copy(W[l]);
        }
        return out;
    }

    public double[][] biases() {
        return copy(b);
    }

    public double[] train(double[][] x, double[][] y, double eta, int epochs) {
        if (!(eta > 0) || Double.isInfinite(eta) || epochs < 0) {
            throw new IllegalArgumentException("eta = " + eta + ", epochs = " + epochs);
        }
        double[] losses = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            forward(x);
            losses[e] = loss(y);
            backward(y);
            update(eta);
        }
        return losses;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
