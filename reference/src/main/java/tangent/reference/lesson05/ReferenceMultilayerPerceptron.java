package tangent.reference.lesson05;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.BinaryCrossEntropy;
import tangent.exercises.lesson05.MultilayerPerceptron;

/**
 * The text's {@code mlp} in plain Java loops: z = a W + b with one instance per row, the binary
 * cross-entropy averaged over the batch, and backward giving the gradients of that mean (dW and db
 * both divided by n, where the text divides db only). Activations and their slopes in closed form
 * ({@link Functions#fastValue}), which the reference tests prove equal to automatic differentiation.
 */
public final class ReferenceMultilayerPerceptron implements MultilayerPerceptron {

    private final BinaryCrossEntropy crossEntropy = new ReferenceBinaryCrossEntropy();

    private double[][][] w;
    private double[][] b;
    private Activation[] g;
    /** z[l] and a[l] of the last forward, l = 1..L (z[0] unused, a[0] = x). */
    private double[][][] z;
    private double[][][] a;
    private double[][][] dW;
    private double[][] db;
    private double[][][] da;

    @Override
    public void initialize(double[][][] weights, double[][] biases, Activation[] activations) {
        if (weights == null || biases == null || activations == null || weights.length == 0) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        if (biases.length != weights.length || activations.length != weights.length) {
            throw new IllegalArgumentException(weights.length + " weight matrices, " + biases.length + " bias rows and "
                    + activations.length + " activations: one of each per layer");
        }
        int layers = weights.length;
        double[][][] wCopy = new double[layers][][];
        double[][] bCopy = new double[layers][];
        for (int l = 0; l < layers; l++) {
            wCopy[l] = NetworkMatrices.copy(weights[l], "W[" + (l + 1) + "]");
            if (l > 0 && wCopy[l].length != wCopy[l - 1][0].length) {
                throw new IllegalArgumentException("W[" + (l + 1) + "] has " + wCopy[l].length + " rows but layer " + l
                        + " has " + wCopy[l - 1][0].length + " units");
            }
            if (biases[l] == null || biases[l].length != wCopy[l][0].length) {
                throw new IllegalArgumentException("b[" + (l + 1) + "] must have " + wCopy[l][0].length + " entries");
            }
            if (activations[l] == null) {
                throw new IllegalArgumentException("activation " + (l + 1) + " is missing");
            }
            bCopy[l] = biases[l].clone();
        }
        w = wCopy;
        b = bCopy;
        g = activations.clone();
        z = null;
        a = null;
        dW = null;
        db = null;
        da = null;
    }

    /** How many layers L. */
    private int layers() {
        if (w == null) {
            throw new IllegalStateException("initialize the network first");
        }
        return w.length;
    }

    @Override
    public double[][] forward(double[][] x) {
        int layers = layers();
        double[][] input = NetworkMatrices.copy(x, "x");
        if (input[0].length != w[0].length) {
            throw new IllegalArgumentException("x has " + input[0].length + " columns but the network takes "
                    + w[0].length + " inputs");
        }
        z = new double[layers + 1][][];
        a = new double[layers + 1][][];
        a[0] = input;
        for (int l = 1; l <= layers; l++) {
            z[l] = NetworkMatrices.times(a[l - 1], w[l - 1]);
            a[l] = new double[z[l].length][z[l][0].length];
            for (int i = 0; i < z[l].length; i++) {
                for (int j = 0; j < z[l][i].length; j++) {
                    z[l][i][j] += b[l - 1][j];
                    a[l][i][j] = Functions.fastValue(g[l - 1], z[l][i][j]);
                }
            }
        }
        dW = null;
        db = null;
        da = null;
        return NetworkMatrices.copy(a[layers], "yhat");
    }

    private double[][] output(double[][] y) {
        int layers = layers();
        if (a == null) {
            throw new IllegalStateException("call forward first");
        }
        double[][] yhat = a[layers];
        if (y == null || y.length != yhat.length) {
            throw new IllegalArgumentException("y must have " + yhat.length + " rows, one per instance");
        }
        for (double[] row : y) {
            if (row == null || row.length != yhat[0].length) {
                throw new IllegalArgumentException("y must have " + yhat[0].length + " columns, one per output");
            }
        }
        return yhat;
    }

    @Override
    public double loss(double[][] y) {
        double[][] yhat = output(y);
        double sum = 0;
        for (int i = 0; i < yhat.length; i++) {
            for (int j = 0; j < yhat[i].length; j++) {
                sum += crossEntropy.loss(y[i][j], yhat[i][j]);
            }
        }
        return sum / yhat.length;
    }

    @Override
    public void backward(double[][] y) {
        double[][] yhat = output(y);
        int layers = layers();
        int n = yhat.length;
        da = new double[layers + 1][][];
        dW = new double[layers][][];
        db = new double[layers][];
        da[layers] = new double[n][yhat[0].length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < yhat[i].length; j++) {
                da[layers][i][j] = crossEntropy.derivative(y[i][j], yhat[i][j]);
            }
        }
        for (int l = layers; l >= 1; l--) {
            double[][] dz = new double[n][z[l][0].length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < dz[i].length; j++) {
                    dz[i][j] = da[l][i][j] * Functions.fastSlope(g[l - 1], z[l][i][j]);
                }
            }
            dW[l - 1] = NetworkMatrices.scale(NetworkMatrices.times(NetworkMatrices.transpose(a[l - 1]), dz), 1.0 / n);
            db[l - 1] = NetworkMatrices.columnMeans(dz);
            da[l - 1] = NetworkMatrices.times(dz, NetworkMatrices.transpose(w[l - 1]));
        }
    }

    private void requireBackward() {
        layers();
        if (dW == null) {
            throw new IllegalStateException("call backward first");
        }
    }

    @Override
    public double[][][] weightGradients() {
        requireBackward();
        return NetworkMatrices.copy(dW);
    }

    @Override
    public double[][] biasGradients() {
        requireBackward();
        return NetworkMatrices.copyRows(db);
    }

    @Override
    public double[][] activationGradient(int layer) {
        requireBackward();
        if (layer < 0 || layer > w.length) {
            throw new IllegalArgumentException("layers run from 0 to " + w.length + ", got " + layer);
        }
        return NetworkMatrices.copy(da[layer], "da");
    }

    /**
     * z[layer] of the last forward, layer = 1..L (not part of the task: the suites use it to keep
     * finite differences away from ReLU's kink at 0).
     */
    public double[][] preActivation(int layer) {
        if (z == null) {
            throw new IllegalStateException("call forward first");
        }
        if (layer < 1 || layer > w.length) {
            throw new IllegalArgumentException("layers run from 1 to " + w.length + ", got " + layer);
        }
        return NetworkMatrices.copy(z[layer], "z");
    }

    @Override
    public void update(double eta) {
        requireBackward();
        for (int l = 0; l < w.length; l++) {
            for (int i = 0; i < w[l].length; i++) {
                for (int j = 0; j < w[l][i].length; j++) {
                    w[l][i][j] -= eta * dW[l][i][j];
                }
            }
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] -= eta * db[l][j];
            }
        }
    }

    @Override
    public double[][][] weights() {
        layers();
        return NetworkMatrices.copy(w);
    }

    @Override
    public double[][] biases() {
        layers();
        return NetworkMatrices.copyRows(b);
    }

    @Override
    public double[] train(double[][] x, double[][] y, double eta, int epochs) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, got " + eta);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 or more, got " + epochs);
        }
        double[] losses = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            forward(x);
            losses[epoch] = loss(y);
            backward(y);
            update(eta);
        }
        return losses;
    }
}
