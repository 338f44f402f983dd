package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text's example: x = 2, w1 = 3, w2 = 4. */
public abstract class NestedSigmoidsSamples {

    /** Your implementation, for example {@code return new MyNestedSigmoids();}. */
    protected abstract NestedSigmoids create();

    @Test
    void outputAtTheTextsExample() {
        assertEquals(0.9818382617979856, create().output(2, 3, 4), 1e-12);
    }

    @Test
    void derivativesAtTheTextsExample() {
        assertEquals(0.017787797924672, create().dOutputDw2(2, 3, 4), 1e-12);
        assertEquals(3.5186016843265504e-4, create().dOutputDw1(2, 3, 4), 1e-12);
    }
}
