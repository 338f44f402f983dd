package tangent.exercises.lesson08;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The statement's examples: softmax of (0, 0) and (1, 2, 3), the Jacobian at (0, 0), a gradient. */
public abstract class SoftmaxSamples {

    /** Your implementation, for example {@code return new MySoftmax();}. */
    protected abstract Softmax create();

    @Test
    void probabilitiesOfSmallScores() {
        Softmax s = create();
        assertArrayEquals(new double[] {0.5, 0.5}, s.probabilities(new double[] {0, 0}), 1e-12);
        double[] p = s.probabilities(new double[] {1, 2, 3});
        assertArrayEquals(new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748218}, p, 1e-12);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    @Test
    void jacobianAtZero() {
        double[][] j = create().jacobian(new double[] {0, 0});
        assertArrayEquals(new double[] {0.25, -0.25}, j[0], 1e-12);
        assertArrayEquals(new double[] {-0.25, 0.25}, j[1], 1e-12);
    }

    @Test
    void crossEntropyGradientOfTheExample() {
        assertArrayEquals(new double[] {0.09003057317038046, 0.24472847105479764, -0.3347590442251782},
                create().crossEntropyGradient(new double[] {1, 2, 3}, 2), 1e-12);
    }
}
