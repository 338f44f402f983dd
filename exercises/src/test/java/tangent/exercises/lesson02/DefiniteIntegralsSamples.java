package tangent.exercises.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Simpson's rule on the task's examples, and two definite integrals. */
public abstract class DefiniteIntegralsSamples {

    /** Your implementation, for example {@code return new MyDefiniteIntegrals();}. */
    protected abstract DefiniteIntegrals create();

    @Test
    void simpsonIsExactForASquare() {
        assertEquals(1.0 / 3, create().simpson(x -> x * x, 0, 1, 2), 1e-12);
    }

    @Test
    void simpsonOfExpWithTwoSubintervals() {
        double h = 0.5;
        assertEquals(h / 3 * (1 + 4 * Math.exp(0.5) + Math.E), create().simpson(Math::exp, 0, 1, 2), 1e-12);
    }

    @Test
    void integrateTheTextsFunctionAndAnArctangent() {
        DefiniteIntegrals d = create();
        assertEquals(9.0, d.integrate(x -> 3 * x * x - 4 * x, 0, 3), 1e-7);
        assertEquals(Math.PI / 4, d.integrate(x -> 1 / (1 + x * x), 0, 1), 1e-8);
    }
}
