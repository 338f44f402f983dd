package tangent.exercises.lesson04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The total derivative along a line, and chains of Jacobians of the shapes (1x2)(2x2)(2x1). */
public abstract class MultivariateChainRuleSamples {

    /** Your implementation, for example {@code return new MyMultivariateChainRule();}. */
    protected abstract MultivariateChainRule create();

    @Test
    void totalDerivativeIsADotProduct() {
        assertEquals(58, create().totalDerivative(new double[] {4, 27}, new double[] {1, 2}), 1e-12);
    }

    @Test
    void chainOfThreeLinks() {
        double[][] product = create().chain(new double[][] {{12, 1}}, new double[][] {{1, 1}, {4, 2}},
                new double[][] {{1}, {4}});
        assertEquals(1, product.length);
        assertEquals(1, product[0].length);
        assertEquals(72, product[0][0], 1e-12);
    }

    @Test
    void oneVariableChain() {
        double t = 3;
        assertEquals(-10 * t, create().chain(new double[][] {{5}}, new double[][] {{-1}}, new double[][] {{2 * t}})[0][0],
                1e-12);
    }

    @Test
    void shapesThatDoNotChainAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> create().chain(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}));
    }
}
