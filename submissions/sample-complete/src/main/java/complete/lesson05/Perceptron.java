package complete.lesson05;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.BinaryCrossEntropy;
import tangent.exercises.lesson05.MultilayerPerceptron;

/** The text's mlp with numpy-style matrix steps: z = a W + b, dz = da * g'(z), da = dz W^T. */
public class Perceptron implements MultilayerPerceptron {

    private final BinaryCrossEntropy ce = new CrossEntropy();

    private double[][][] weights;
    private double[][] biases;
    private Activation[] g;
    private double[][][] zs;
    private double[][][] as;
    private double[][][] dWs;
    private double[][] dbs;
    private double[][][] das;

    @Override
    public void initialize(double[][][] w, double[][] b, Activation[] activations) {
        if (w.length == 0 || b.length != w.length || activations.length != w.length) {
            throw new IllegalArgumentException("one weight matrix, bias row and activation per layer, at least one layer");
        }
        double[][][] ws = new double[w.length][][];
        double[][] bs = new double[w.length][];
        for (int l = 0; l < w.length; l++) {
            ws[l] = Linalg.rectangle(w[l], "W[" + (l + 1) + "]");
            if (l > 0 && ws[l].length != ws[l - 1][0].length) {
                throw new IllegalArgumentException("W[" + (l + 1) + "] does not follow W[" + l + "]");
            }
            if (b[l].length != ws[l][0].length) {
                throw new IllegalArgumentException("b[" + (l + 1) + "] does not match W[" + (l + 1) + "]");
            }
            bs[l] = b[l].clone();
        }
        weights = ws;
        biases = bs;
        g = activations.clone();
        zs = as = dWs = das = null;
        dbs = null;
    }

    private int depth() {
        if (weights == null) {
            throw new IllegalStateException("initialize first");
        }
        return weights.length;
    }

    @Override
    public double[][] forward(double[][] x) {
        int L = depth();
        double[][] input = Linalg.rectangle(x, "x");
        if (input[0].length != weights[0].length) {
            throw new IllegalArgumentException("x needs " + weights[0].length + " columns");
        }
        double[][][] z = new double[L + 1][][];
        double[][][] a = new double[L + 1][][];
        a[0] = input;
        for (int l = 1; l <= L; l++) {
            z[l] = Linalg.matmul(a[l - 1], weights[l - 1]);
            a[l] = new double[z[l].length][];
            for (int i = 0; i < z[l].length; i++) {
                a[l][i] = new double[z[l][i].length];
                for (int j = 0; j < z[l][i].length; j++) {
                    z[l][i][j] += biases[l - 1][j];
                    a[l][i][j] = Activations.apply(g[l - 1], z[l][i][j]);
                }
            }
        }
        zs = z;
        as = a;
        dWs = das = null;
        dbs = null;
        return Linalg.copy(a[L]);
    }

    private double[][] yhatFor(double[][] y) {
        int L = depth();
        if (as == null) {
            throw new IllegalStateException("forward first");
        }
        double[][] yhat = as[L];
        if (y.length != yhat.length || Linalg.rectangle(y, "y")[0].length != yhat[0].length) {
            throw new IllegalArgumentException("y must be " + yhat.length + "x" + yhat[0].length);
        }
        return yhat;
    }

    @Override
    public double loss(double[][] y) {
        double[][] yhat = yhatFor(y);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[i].length; j++) {
                sum += ce.loss(y[i][j], yhat[i][j]);
            }
        }
        return sum / y.length;
    }

    @Override
    public void backward(double[][] y) {
        double[][] yhat = yhatFor(y);
        int L = depth();
        int n = y.length;
        double[][][] da = new double[L + 1][][];
        double[][][] dW = new double[L][][];
        double[][] db = new double[L][];
        da[L] = new double[n][yhat[0].length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < yhat[0].length; j++) {
                da[L][i][j] = ce.derivative(y[i][j], yhat[i][j]);
            }
        }
        for (int l = L; l > 0; l--) {
            double[][] dz = new double[n][];
            for (int i = 0; i < n; i++) {
                dz[i] = new double[da[l][i].length];
                for (int j = 0; j < dz[i].length; j++) {
                    dz[i][j] = da[l][i][j] * Activations.slope(g[l - 1], zs[l][i][j]);
                }
            }
            dW[l - 1] = Linalg.matmul(Linalg.transpose(as[l - 1]), dz);
            for (double[] row : dW[l - 1]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] /= n;
                }
            }
            db[l - 1] = new double[dz[0].length];
            for (double[] row : dz) {
                for (int j = 0; j < row.length; j++) {
                    db[l - 1][j] += row[j];
                }
            }
            for (int j = 0; j < db[l - 1].length; j++) {
                db[l - 1][j] /= n;
            }
            da[l - 1] = Linalg.matmul(dz, Linalg.transpose(weights[l - 1]));
        }
        dWs = dW;
        dbs = db;
        das = da;
    }

    private void afterBackward() {
        depth();
        if (dWs == null) {
            throw new IllegalStateException("backward first");
        }
    }

    @Override
    public double[][][] weightGradients() {
        afterBackward();
        double[][][] out = new double[dWs.length][][];
        for (int l = 0; l < out.length; l++) {
            out[l] = Linalg.copy(dWs[l]);
        }
        return out;
    }

    @Override
    public double[][] biasGradients() {
        afterBackward();
        return Linalg.copy(dbs);
    }

    @Override
    public double[][] activationGradient(int layer) {
        afterBackward();
        if (layer < 0 || layer >= das.length) {
            throw new IllegalArgumentException("layer " + layer + " is not in 0.." + (das.length - 1));
        }
        return Linalg.copy(das[layer]);
    }

    @Override
    public void update(double eta) {
        afterBackward();
        for (int l = 0; l < weights.length; l++) {
            for (int i = 0; i < weights[l].length; i++) {
                for (int j = 0; j < weights[l][i].length; j++) {
                    weights[l][i][j] -= eta * dWs[l][i][j];
                }
            }
            for (int j = 0; j < biases[l].length; j++) {
                biases[l][j] -= eta * dbs[l][j];
            }
        }
    }

    @Override
    public double[][][] weights() {
        depth();
        double[][][] out = new double[weights.length][][];
        for (int l = 0; l < out.length; l++) {
            out[l] = Linalg.copy(weights[l]);
        }
        return out;
    }

    @Override
    public double[][] biases() {
        depth();
        return Linalg.copy(biases);
    }

    @Override
    public double[] train(double[][] x, double[][] y, double eta, int epochs) {
        if (!(eta > 0 && eta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("eta must be positive and finite");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must not be negative");
        }
        double[] history = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            forward(x);
            history[epoch] = loss(y);
            backward(y);
            update(eta);
        }
        return history;
    }
}
