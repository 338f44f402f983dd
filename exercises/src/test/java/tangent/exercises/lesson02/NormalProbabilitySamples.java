package tangent.exercises.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text's P(-1 &lt; X &lt; 1) = 0.6827, and the density at its peak. */
public abstract class NormalProbabilitySamples {

    /** Your implementation, for example {@code return new MyNormalProbability();}. */
    protected abstract NormalProbability create();

    @Test
    void densityAtTheMean() {
        assertEquals(1 / Math.sqrt(2 * Math.PI), create().density(0, 0, 1), 1e-12);
    }

    @Test
    void withinOneStandardDeviation() {
        assertEquals(0.6827, create().probability(-1, 1, 0, 1), 5e-5);
    }

    @Test
    void halfTheMassIsBelowTheMean() {
        assertEquals(0.5, create().probability(Double.NEGATIVE_INFINITY, 0, 0, 1), 1e-8);
    }
}
