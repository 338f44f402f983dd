package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The example of the task: one input, two hidden units, one output. */
public abstract class RecurrentStepSamples {

    /** Your implementation, for example {@code return new MyRecurrentStep();}. */
    protected abstract RecurrentStep create();

    private static final double[][] WXH = {{1}, {-1}};
    private static final double[][] WHH = {{0.5, 0}, {0, 0.5}};

    @Test
    void hiddenState() {
        assertArrayEquals(new double[] {Math.tanh(1), Math.tanh(-1)},
                create().hidden(WXH, WHH, new double[] {1}, new double[] {0, 0}), 1e-12);
    }

    @Test
    void output() {
        assertArrayEquals(new double[] {-0.7615941559557649},
                create().output(new double[][] {{1, 2}}, new double[] {Math.tanh(1), Math.tanh(-1)}), 1e-12);
    }

    @Test
    void twoStepsFeedTheStateBack() {
        double h1 = Math.tanh(1);
        double h2 = Math.tanh(1 + 0.5 * h1);
        double[][] states = create().hiddenStates(WXH, WHH, new double[][] {{1}, {1}}, new double[] {0, 0});
        assertArrayEquals(new double[] {h1, -h1}, states[0], 1e-12);
        assertArrayEquals(new double[] {h2, -h2}, states[1], 1e-12);
    }

    @Test
    void jacobianIsOneMinusHSquaredTimesWhh() {
        double slope = 1 - Math.tanh(1) * Math.tanh(1);
        double[][] jacobian = create().hiddenJacobian(WXH, WHH, new double[] {1}, new double[] {0, 0});
        assertArrayEquals(new double[] {0.5 * slope, 0}, jacobian[0], 1e-12);
        assertArrayEquals(new double[] {0, 0.5 * slope}, jacobian[1], 1e-12);
    }
}
