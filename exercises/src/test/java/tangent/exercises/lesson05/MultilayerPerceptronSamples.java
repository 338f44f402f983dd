package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The one-neuron example of the task, backward against central differences of your own loss on
 * the text's 2-4-3-1 network, and the training run the grader makes.
 */
public abstract class MultilayerPerceptronSamples {

    /** Your implementation, for example {@code return new MyMultilayerPerceptron();}. */
    protected abstract MultilayerPerceptron create();

    private static final Activation[] TEXTS_ACTIVATIONS = {Activation.RELU, Activation.RELU, Activation.SIGMOID};

    @Test
    void oneNeuronForwardAndBackward() {
        MultilayerPerceptron net = create();
        net.initialize(new double[][][] {{{0.5}}}, new double[][] {{0}}, new Activation[] {Activation.SIGMOID});
        double[][] yhat = net.forward(new double[][] {{2}});
        assertEquals(0.7310585786300049, yhat[0][0], 1e-12);
        assertEquals(0.3132616875182228, net.loss(new double[][] {{1}}), 1e-12);
        net.backward(new double[][] {{1}});
        assertEquals(-0.5378828427399902, net.weightGradients()[0][0][0], 1e-12);
        assertEquals(-0.2689414213699951, net.biasGradients()[0][0], 1e-12);
        assertEquals(-1.3678794411714423, net.activationGradient(1)[0][0], 1e-12);
        assertEquals(-0.13447071068499755, net.activationGradient(0)[0][0], 1e-12);
        net.update(0.1);
        assertEquals(0.5 + 0.1 * 0.5378828427399902, net.weights()[0][0][0], 1e-12);
        assertEquals(0.1 * 0.2689414213699951, net.biases()[0][0], 1e-12);
    }

    @Test
    void everyWeightGradientMatchesCentralDifferencesOfTheLoss() {
        NetworkParameters start = NetworkParameters.random(new int[] {2, 4, 3, 1}, 42);
        TwoCircles.Data batch = TwoCircles.generate(8, 0.5, 0.1, 7);
        MultilayerPerceptron net = create();
        net.initialize(start.weights(), start.biases(), TEXTS_ACTIVATIONS);
        net.forward(batch.x());
        net.backward(batch.y());
        double[][][] dW = net.weightGradients();
        double h = 1e-6;
        for (int l = 0; l < dW.length; l++) {
            for (int i = 0; i < dW[l].length; i++) {
                for (int j = 0; j < dW[l][i].length; j++) {
                    double[][][] plus = start.weights().clone();
                    double[][][] minus = start.weights().clone();
                    plus[l] = deepCopy(plus[l]);
                    minus[l] = deepCopy(minus[l]);
                    plus[l][i][j] += h;
                    minus[l][i][j] -= h;
                    double slope = (lossAt(plus, start.biases(), batch) - lossAt(minus, start.biases(), batch)) / (2 * h);
                    assertEquals(slope, dW[l][i][j], 1e-7 + 1e-5 * Math.abs(slope),
                            "dW[" + (l + 1) + "][" + i + "][" + j + "]");
                }
            }
        }
    }

    private double lossAt(double[][][] weights, double[][] biases, TwoCircles.Data batch) {
        MultilayerPerceptron net = create();
        net.initialize(weights, biases, TEXTS_ACTIVATIONS);
        net.forward(batch.x());
        return net.loss(batch.y());
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    @Test
    void trainingSeparatesTheCircles() {
        TwoCircles.Data data = TwoCircles.generate(1000, 0.5, 0.1, 42);
        NetworkParameters start = NetworkParameters.random(new int[] {2, 4, 3, 1}, 44);
        MultilayerPerceptron net = create();
        net.initialize(start.weights(), start.biases(), TEXTS_ACTIVATIONS);
        double[] losses = net.train(data.x(), data.y(), 0.5, 200);
        assertEquals(200, losses.length);
        assertEquals(0.709, losses[0], 0.001);
        double[][] yhat = net.forward(data.x());
        int right = 0;
        for (int i = 0; i < yhat.length; i++) {
            right += (yhat[i][0] > 0.5 ? 1 : 0) == data.y()[i][0] ? 1 : 0;
        }
        assertTrue(net.loss(data.y()) < 0.1, "the loss should fall below 0.1");
        assertTrue(right >= 970, "at least 97% right, got " + right / 10.0 + "%");
    }
}
