package tangent.exercises.lesson02;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The text's two antiderivatives are written, and polynomials integrate by the reverse power rule. */
public abstract class AntiderivativesSamples {

    /** Your implementation, for example {@code return new MyAntiderivatives();}. */
    protected abstract Antiderivatives create();

    @Test
    void expressionsAreWritten() {
        Antiderivatives a = create();
        assertFalse(a.ofTwoX() == null || a.ofTwoX().isBlank(), "write F(x) as text, e.g. x^3/3");
        String second = a.ofThreeXSquaredMinusFourX();
        assertFalse(second == null || second.isBlank(), "write F(x) as text, e.g. x^3/3");
    }

    @Test
    void antiderivativeOfThreeXSquaredMinusFourX() {
        assertArrayEquals(new double[] {0, 0, -2, 1}, create().ofPolynomial(new double[] {0, -4, 3}), 1e-12);
    }

    @Test
    void antiderivativeOfAConstant() {
        assertArrayEquals(new double[] {0, 2}, create().ofPolynomial(new double[] {2}), 1e-12);
    }

    @Test
    void definiteIntegrals() {
        Antiderivatives a = create();
        assertEquals(0.0, a.definiteIntegral(new double[] {0, 2}, -10, 10), 1e-9);
        assertEquals(9.0, a.definiteIntegral(new double[] {0, -4, 3}, 0, 3), 1e-9);
    }
}
