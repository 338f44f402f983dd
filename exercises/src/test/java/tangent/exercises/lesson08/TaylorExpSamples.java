package tangent.exercises.lesson08;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text's partial sums with 1, 3 and 5 terms at x = 2, and their largest error on [-2, 2]. */
public abstract class TaylorExpSamples {

    /** Your implementation, for example {@code return new MyTaylorExp();}. */
    protected abstract TaylorExp create();

    @Test
    void partialSumsAtTwo() {
        TaylorExp t = create();
        assertEquals(1.0, t.partialSum(2, 1), 1e-12);
        assertEquals(5.0, t.partialSum(2, 3), 1e-12);
        assertEquals(7.0, t.partialSum(2, 5), 1e-12);
    }

    @Test
    void largestErrorOnMinusTwoToTwo() {
        TaylorExp t = create();
        double e2 = Math.exp(2);
        assertEquals(e2 - 1, t.maxError(1, -2, 2, 100), 1e-9);
        assertEquals(e2 - 5, t.maxError(3, -2, 2, 100), 1e-9);
        assertEquals(e2 - 7, t.maxError(5, -2, 2, 100), 1e-9);
    }

    @Test
    void boundAndTermsNeeded() {
        TaylorExp t = create();
        assertEquals(Math.exp(2) * 32 / 120, t.errorBound(2, 5), 1e-9);
        assertEquals(5, t.termsNeeded(2, 0.5));
        assertEquals(10, t.termsNeeded(1, 1e-6));
    }
}
