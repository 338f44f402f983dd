package tangent.reference.lesson05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.BinaryCrossEntropy;
import tangent.exercises.lesson05.NetworkParameters;
import tangent.exercises.lesson05.TwoCircles;

/**
 * The reference's hand-written parts against libraries and definitions: closed-form activations
 * against automatic differentiation, backpropagation against automatic differentiation of the whole
 * network and against central differences, the data set against its specification.
 */
class ReferenceLesson05Test {

    private static final Activation[] TEXTS = {Activation.RELU, Activation.RELU, Activation.SIGMOID};

    @Test
    void closedFormActivationsEqualAutomaticDifferentiation() {
        SplittableRandom random = new SplittableRandom(1);
        for (Activation g : Activation.values()) {
            for (int k = 0; k < 200; k++) {
                double z = k < 6 ? new double[] {0, -0.0, 1000, -1000, 40, -40}[k] : random.nextDouble(-30, 30);
                assertThat(Functions.fastValue(g, z)).as(g + " at " + z).isCloseTo(Functions.value(g, z), within(1e-15));
                assertThat(Functions.fastSlope(g, z)).as(g + "' at " + z).isCloseTo(Functions.slope(g, z), within(1e-15));
            }
        }
        assertThat(Functions.slope(Activation.RELU, 0)).isZero();
    }

    @Test
    void tanhExpressionIsInExponentials() {
        assertThat(new ReferenceActivationDerivatives().tanhDerivativeExpression()).isEqualTo("4/(E^(-z)+E^z)^2");
    }

    @Test
    void nestedSigmoidsByTheChainRuleAsInTheText() {
        ReferenceNestedSigmoids n = new ReferenceNestedSigmoids();
        SplittableRandom random = new SplittableRandom(2);
        for (int k = 0; k < 50; k++) {
            double x = random.nextDouble(-3, 3);
            double w1 = random.nextDouble(-3, 3);
            double w2 = random.nextDouble(-3, 3);
            double h = s(w1 * x);
            assertThat(n.dOutputDw2(x, w1, w2)).isCloseTo(ds(w2 * h) * h, within(1e-15));
            assertThat(n.dOutputDw1(x, w1, w2)).isCloseTo(ds(w2 * h) * w2 * ds(w1 * x) * x, within(1e-15));
        }
    }

    private static double s(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double ds(double z) {
        return s(z) * (1 - s(z));
    }

    @Test
    void crossEntropyDerivativeIsTheSlopeOfTheLossAwayFromTheClip() {
        ReferenceBinaryCrossEntropy ce = new ReferenceBinaryCrossEntropy();
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 100; k++) {
            double y = k % 3 == 0 ? random.nextDouble() : k % 3;
            y = Math.min(y, 1);
            double yhat = random.nextDouble(0.01, 0.99);
            double h = 1e-6;
            double slope = (ce.loss(y, yhat + h) - ce.loss(y, yhat - h)) / (2 * h);
            assertThat(ce.derivative(y, yhat)).isCloseTo(slope, within(1e-6 * (1 + Math.abs(slope))));
        }
        assertThat(ce.loss(1, 0)).isEqualTo(-Math.log(BinaryCrossEntropy.EPSILON));
        assertThat(ce.derivative(0, 1)).isEqualTo(1 / BinaryCrossEntropy.EPSILON);
    }

    @Test
    void backpropagationEqualsAutomaticDifferentiationOfTheWholeNetwork() {
        NetworkParameters start = NetworkParameters.random(new int[] {2, 4, 3, 1}, 5);
        TwoCircles.Data batch = TwoCircles.generate(10, 0.5, 0.1, 6);
        ReferenceMultilayerPerceptron net = new ReferenceMultilayerPerceptron();
        net.initialize(start.weights(), start.biases(), TEXTS);
        net.forward(batch.x());
        net.backward(batch.y());
        double[][][] dW = net.weightGradients();
        double[][] db = net.biasGradients();

        // Every weight and bias a free variable, in the order W[1], b[1], W[2], b[2], ...
        int count = 0;
        for (int l = 0; l < 3; l++) {
            count += start.weights()[l].length * start.weights()[l][0].length + start.biases()[l].length;
        }
        int free = count;
        DerivativeStructure[][][] w = new DerivativeStructure[3][][];
        DerivativeStructure[][] b = new DerivativeStructure[3][];
        int index = 0;
        for (int l = 0; l < 3; l++) {
            double[][] wl = start.weights()[l];
            w[l] = new DerivativeStructure[wl.length][wl[0].length];
            for (int i = 0; i < wl.length; i++) {
                for (int j = 0; j < wl[0].length; j++) {
                    w[l][i][j] = new DerivativeStructure(free, 1, index++, wl[i][j]);
                }
            }
            b[l] = new DerivativeStructure[start.biases()[l].length];
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] = new DerivativeStructure(free, 1, index++, start.biases()[l][j]);
            }
        }
        DerivativeStructure loss = new DerivativeStructure(free, 1, 0.0);
        int n = batch.x().length;
        for (int s = 0; s < n; s++) {
            DerivativeStructure[] a = {new DerivativeStructure(free, 1, batch.x()[s][0]),
                new DerivativeStructure(free, 1, batch.x()[s][1])};
            for (int l = 0; l < 3; l++) {
                DerivativeStructure[] next = new DerivativeStructure[b[l].length];
                for (int j = 0; j < next.length; j++) {
                    DerivativeStructure zj = b[l][j];
                    for (int i = 0; i < a.length; i++) {
                        zj = zj.add(a[i].multiply(w[l][i][j]));
                    }
                    next[j] = Functions.apply(TEXTS[l], zj);
                }
                a = next;
            }
            double y = batch.y()[s][0];
            // Away from the clip, the cross-entropy is -y log yhat - (1 - y) log(1 - yhat).
            loss = loss.subtract(a[0].log().multiply(y)).subtract(a[0].negate().add(1).log().multiply(1 - y));
        }
        loss = loss.divide(n);
        net.forward(batch.x());
        assertThat(loss.getValue()).isCloseTo(net.loss(batch.y()), within(1e-14));

        index = 0;
        for (int l = 0; l < 3; l++) {
            for (int i = 0; i < dW[l].length; i++) {
                for (int j = 0; j < dW[l][0].length; j++) {
                    assertThat(dW[l][i][j]).as("dW[%d][%d][%d]", l + 1, i, j)
                            .isCloseTo(partial(loss, free, index++), within(1e-14));
                }
            }
            for (int j = 0; j < db[l].length; j++) {
                assertThat(db[l][j]).as("db[%d][%d]", l + 1, j).isCloseTo(partial(loss, free, index++), within(1e-14));
            }
        }
    }

    private static double partial(DerivativeStructure f, int free, int index) {
        int[] orders = new int[free];
        orders[index] = 1;
        return f.getPartialDerivative(orders);
    }

    @Test
    void inputGradientIsTheSlopeOfEachInstancesLoss() {
        NetworkParameters start = NetworkParameters.random(new int[] {3, 5, 2, 1}, 8);
        Activation[] g = {Activation.TANH, Activation.RELU, Activation.SIGMOID};
        double[][] x = new double[6][3];
        double[][] y = new double[6][1];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < 3; k++) {
                x[i][k] = random.nextDouble(-2, 2);
            }
            y[i][0] = i % 2;
        }
        ReferenceMultilayerPerceptron net = new ReferenceMultilayerPerceptron();
        net.initialize(start.weights(), start.biases(), g);
        net.forward(x);
        net.backward(y);
        double[][] da0 = net.activationGradient(0);
        double h = 1e-6;
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < 3; k++) {
                double[][] plus = copy(x);
                double[][] minus = copy(x);
                plus[i][k] += h;
                minus[i][k] -= h;
                net.forward(plus);
                double up = net.loss(y);
                net.forward(minus);
                double down = net.loss(y);
                // The mean loss moves by 1/n of instance i's loss.
                assertThat(da0[i][k]).isCloseTo(6 * (up - down) / (2 * h), within(1e-7));
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Test
    void theTrainingRunOfTheTaskStatement() {
        TwoCircles.Data data = TwoCircles.generate(1000, 0.5, 0.1, 42);
        NetworkParameters start = NetworkParameters.random(new int[] {2, 4, 3, 1}, 44);
        ReferenceMultilayerPerceptron net = new ReferenceMultilayerPerceptron();
        net.initialize(start.weights(), start.biases(), TEXTS);
        double[] losses = net.train(data.x(), data.y(), 0.5, 200);
        double[][] yhat = net.forward(data.x());
        int right = 0;
        for (int i = 0; i < 1000; i++) {
            right += (yhat[i][0] > 0.5 ? 1.0 : 0.0) == data.y()[i][0] ? 1 : 0;
        }
        assertThat(losses[0]).isCloseTo(0.709, within(0.0005));
        assertThat(net.loss(data.y())).isCloseTo(0.0436, within(0.0005));
        assertThat(right).isEqualTo(994);
    }

    @Test
    void twoCirclesFollowsItsSpecification() {
        TwoCircles.Data exact = TwoCircles.generate(7, 0.5, 0, 1);
        assertThat(exact.x()).hasDimensions(7, 2);
        assertThat(exact.y()).hasDimensions(7, 1);
        for (int k = 0; k < 3; k++) {
            assertThat(Math.hypot(exact.x()[k][0], exact.x()[k][1])).isCloseTo(1, within(1e-15));
            assertThat(exact.y()[k][0]).isZero();
        }
        for (int k = 3; k < 7; k++) {
            assertThat(Math.hypot(exact.x()[k][0], exact.x()[k][1])).isCloseTo(0.5, within(1e-15));
            assertThat(exact.y()[k][0]).isEqualTo(1);
        }
        assertThat(exact.x()[4][0]).isCloseTo(0.5 * Math.cos(2 * Math.PI / 4), within(1e-15));

        TwoCircles.Data noisy = TwoCircles.generate(1000, 0.5, 0.1, 42);
        SplittableRandom random = new SplittableRandom(42);
        double dx = random.nextGaussian() * 0.1;
        double dy = random.nextGaussian() * 0.1;
        assertThat(noisy.x()[0]).containsExactly(1 + dx, dy);
        assertThat(TwoCircles.generate(1000, 0.5, 0.1, 42).x()).isDeepEqualTo(noisy.x());
    }
}
