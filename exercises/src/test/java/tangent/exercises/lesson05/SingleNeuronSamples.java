package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The example of the task: a0 = 0.5, w = 0.8, b = -0.2, y = 1, with the sigmoid and with tanh. */
public abstract class SingleNeuronSamples {

    /** Your implementation, for example {@code return new MySingleNeuron();}. */
    protected abstract SingleNeuron create();

    @Test
    void withTheSigmoid() {
        SingleNeuron n = create();
        assertEquals(0.549833997312478, n.activity(Activation.SIGMOID, 0.5, 0.8, -0.2), 1e-12);
        assertEquals(0.2026494299756621, n.cost(Activation.SIGMOID, 0.5, 0.8, -0.2, 1), 1e-12);
        assertEquals(-0.1114235461366134, n.dCostDw(Activation.SIGMOID, 0.5, 0.8, -0.2, 1), 1e-12);
        assertEquals(-0.2228470922732268, n.dCostDb(Activation.SIGMOID, 0.5, 0.8, -0.2, 1), 1e-12);
        assertEquals(-0.17827767381858145, n.dCostDa0(Activation.SIGMOID, 0.5, 0.8, -0.2, 1), 1e-12);
    }

    @Test
    void withTanhAsText004DrawsIt() {
        SingleNeuron n = create();
        assertEquals(0.6442063765840754, n.cost(Activation.TANH, 0.5, 0.8, -0.2, 1), 1e-12);
        assertEquals(-0.7713568164532824, n.dCostDw(Activation.TANH, 0.5, 0.8, -0.2, 1), 1e-12);
        assertEquals(-1.5427136329065647, n.dCostDb(Activation.TANH, 0.5, 0.8, -0.2, 1), 1e-12);
    }
}
