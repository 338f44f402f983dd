package tangent.exercises.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One example per rule, from the task statement. */
public abstract class DerivativeRulesSamples {

    /** Your implementation, for example {@code return new MyDerivativeRules();}. */
    protected abstract DerivativeRules create();

    @Test
    void constantRule() {
        assertEquals(0.0, create().constant(7).applyAsDouble(3), 0.0);
    }

    @Test
    void sumRule() {
        assertEquals(5.0, create().sum(x -> 2 * x, x -> 1).applyAsDouble(2), 1e-12);
    }

    @Test
    void powerRule() {
        assertEquals(12.0, create().power(3).applyAsDouble(2), 1e-12);
    }

    @Test
    void exponentialRule() {
        assertEquals(4 * Math.log(2), create().exponential(2).applyAsDouble(2), 1e-12);
        assertEquals(Math.exp(2), create().naturalExponential().applyAsDouble(2), 1e-12);
    }

    @Test
    void chainRule() {
        assertEquals(42.0, create().chain(u -> 2 * u, x -> 3 * x + 1, x -> 3).applyAsDouble(2), 1e-12);
    }
}
