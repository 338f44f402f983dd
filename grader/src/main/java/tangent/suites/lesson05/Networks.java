package tangent.suites.lesson05;

import java.util.random.RandomGenerator;
import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.NetworkParameters;
import tangent.reference.lesson05.ReferenceMultilayerPerceptron;

/**
 * Networks and batches for the perceptron's suite: random cases kept away from ReLU's kink,
 * central differences of the reference's loss, and the gradients of a backward pass that forgets
 * the activations' slopes (for a hint).
 */
final class Networks {

    static final int[] TEXTS_SIZES = {2, 4, 3, 1};
    static final Activation[] TEXTS_ACTIVATIONS = {Activation.RELU, Activation.RELU, Activation.SIGMOID};

    /**
     * The step of the central differences. Their error is about h^2/6 |L'''| (below 1e-11 here)
     * plus rounding, about 1e-16 |L| / h (about 1e-10): far below {@link #CENTRAL}'s allowance.
     */
    static final double H = 1e-6;

    /**
     * How close backward's gradients must be to central differences: a thousand times their error
     * (see {@link #H}), and still a millionth of the smallest real mistake (a factor 2, a missing
     * slope).
     */
    static final tangent.grader.check.Tolerance CENTRAL = tangent.grader.check.Tolerance.of(1e-7, 1e-5);

    /** Every z this far from 0 at least, so that no step of size H crosses ReLU's kink. */
    private static final double KINK_MARGIN = 1e-3;

    private Networks() {
    }

    /** A network, its starting parameters and a batch with labels. */
    record Case(int[] sizes, NetworkParameters start, Activation[] activations, double[][] x, double[][] y) {

        int layers() {
            return activations.length;
        }

        int n() {
            return x.length;
        }

        String describe() {
            StringBuilder shape = new StringBuilder();
            for (int i = 0; i < sizes.length; i++) {
                shape.append(i == 0 ? "" : "-").append(sizes[i]);
            }
            return "the " + shape + " network (" + String.join(", ", java.util.Arrays.stream(activations)
                    .map(Activation::name).toList()) + ") on a batch of " + n();
        }

        /** The reference network after forward and backward on this batch. */
        ReferenceMultilayerPerceptron reference() {
            ReferenceMultilayerPerceptron net = new ReferenceMultilayerPerceptron();
            net.initialize(start.weights(), start.biases(), activations);
            net.forward(x);
            net.backward(y);
            return net;
        }

        /** The reference's mean loss with other parameters or inputs. */
        double loss(double[][][] weights, double[][] biases, double[][] inputs) {
            ReferenceMultilayerPerceptron net = new ReferenceMultilayerPerceptron();
            net.initialize(weights, biases, activations);
            net.forward(inputs);
            return net.loss(y);
        }
    }

    /**
     * A random network of these sizes and a batch of n instances with inputs in [-1.5, 1.5] and
     * labels 0 or 1, drawn again until every z of the batch is at least {@link #KINK_MARGIN} from 0.
     */
    static Case randomCase(RandomGenerator random, int[] sizes, Activation[] activations, int n) {
        for (int attempt = 0; ; attempt++) {
            NetworkParameters start = NetworkParameters.random(sizes, random.nextLong());
            double[][] x = new double[n][sizes[0]];
            double[][] y = new double[n][sizes[sizes.length - 1]];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < x[i].length; k++) {
                    x[i][k] = random.nextDouble() * 3 - 1.5;
                }
                for (int j = 0; j < y[i].length; j++) {
                    y[i][j] = random.nextInt(2);
                }
            }
            Case c = new Case(sizes.clone(), start, activations.clone(), x, y);
            if (attempt >= 200 || clearOfKinks(c)) {
                return c;
            }
        }
    }

    private static boolean clearOfKinks(Case c) {
        ReferenceMultilayerPerceptron net = c.reference();
        for (int l = 1; l <= c.layers(); l++) {
            for (double[] row : net.preActivation(l)) {
                for (double z : row) {
                    if (Math.abs(z) < KINK_MARGIN) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** dL/dW[l] for every layer by central differences of the reference's mean loss. */
    static double[][][] centralWeightGradients(Case c) {
        double[][][] w = c.start().weights();
        double[][][] gradients = new double[w.length][][];
        for (int l = 0; l < w.length; l++) {
            gradients[l] = new double[w[l].length][w[l][0].length];
            for (int i = 0; i < w[l].length; i++) {
                for (int j = 0; j < w[l][0].length; j++) {
                    double[][][] plus = deepCopy(w);
                    double[][][] minus = deepCopy(w);
                    plus[l][i][j] += H;
                    minus[l][i][j] -= H;
                    gradients[l][i][j] = (c.loss(plus, c.start().biases(), c.x())
                            - c.loss(minus, c.start().biases(), c.x())) / (2 * H);
                }
            }
        }
        return gradients;
    }

    /** dL/db[l] for every layer by central differences of the reference's mean loss. */
    static double[][] centralBiasGradients(Case c) {
        double[][] b = c.start().biases();
        double[][] gradients = new double[b.length][];
        for (int l = 0; l < b.length; l++) {
            gradients[l] = new double[b[l].length];
            for (int j = 0; j < b[l].length; j++) {
                double[][] plus = deepCopy(b);
                double[][] minus = deepCopy(b);
                plus[l][j] += H;
                minus[l][j] -= H;
                gradients[l][j] = (c.loss(c.start().weights(), plus, c.x())
                        - c.loss(c.start().weights(), minus, c.x())) / (2 * H);
            }
        }
        return gradients;
    }

    /**
     * da[0]: row i the slope of instance i's own loss in its inputs, which is n times the slope of
     * the mean loss, by central differences.
     */
    static double[][] centralInputGradient(Case c) {
        double[][] gradient = new double[c.n()][c.x()[0].length];
        for (int i = 0; i < c.n(); i++) {
            for (int k = 0; k < c.x()[0].length; k++) {
                double[][] plus = deepCopy(c.x());
                double[][] minus = deepCopy(c.x());
                plus[i][k] += H;
                minus[i][k] -= H;
                gradient[i][k] = c.n() * (c.loss(c.start().weights(), c.start().biases(), plus)
                        - c.loss(c.start().weights(), c.start().biases(), minus)) / (2 * H);
            }
        }
        return gradient;
    }

    /** The gradients a backward pass gives when it takes dz = da, forgetting g'(z). */
    record Gradients(double[][][] dW, double[][] db, double[][][] da) {
    }

    static Gradients withoutSlopes(Case c) {
        ReferenceMultilayerPerceptron net = c.reference();
        int layers = c.layers();
        double[][][] a = new double[layers + 1][][];
        a[0] = c.x();
        for (int l = 1; l <= layers; l++) {
            double[][] z = net.preActivation(l);
            a[l] = new double[z.length][z[0].length];
            for (int i = 0; i < z.length; i++) {
                for (int j = 0; j < z[0].length; j++) {
                    a[l][i][j] = value(c.activations()[l - 1], z[i][j]);
                }
            }
        }
        double[][][] w = c.start().weights();
        double[][][] dW = new double[layers][][];
        double[][] db = new double[layers][];
        double[][][] da = new double[layers + 1][][];
        da[layers] = net.activationGradient(layers);
        int n = c.n();
        for (int l = layers; l >= 1; l--) {
            double[][] dz = da[l];
            dW[l - 1] = new double[w[l - 1].length][w[l - 1][0].length];
            db[l - 1] = new double[w[l - 1][0].length];
            da[l - 1] = new double[n][w[l - 1].length];
            for (int s = 0; s < n; s++) {
                for (int j = 0; j < dz[s].length; j++) {
                    db[l - 1][j] += dz[s][j] / n;
                    for (int i = 0; i < w[l - 1].length; i++) {
                        dW[l - 1][i][j] += a[l - 1][s][i] * dz[s][j] / n;
                        da[l - 1][s][i] += dz[s][j] * w[l - 1][i][j];
                    }
                }
            }
        }
        return new Gradients(dW, db, da);
    }

    private static double value(Activation g, double z) {
        return switch (g) {
            case RELU -> Math.max(0, z);
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case TANH -> Math.tanh(z);
        };
    }

    static double[][][] deepCopy(double[][][] m) {
        double[][][] copy = new double[m.length][][];
        for (int l = 0; l < m.length; l++) {
            copy[l] = deepCopy(m[l]);
        }
        return copy;
    }

    static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i] == null ? null : m[i].clone();
        }
        return copy;
    }

}
