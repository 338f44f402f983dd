package tangent.exercises.lesson02;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.grader.check.ExpressionCheck;

/** The text's two antiderivatives are written, and polynomials integrate by the reverse power rule. */
public abstract class AntiderivativesSamples {

    /** Your implementation, for example {@code return new MyAntiderivatives();}. */
    protected abstract Antiderivatives create();

    @Test
    void antiderivativesOfTheTextsTwoFunctions() {
        // the grader's own check: F is right when F' is the function, whatever its constant
        Antiderivatives a = create();
        ExpressionCheck check = ExpressionCheck.in("x");
        check.checkAntiderivative("ofTwoX()", a.ofTwoX(), "2*x", "x", FormulaSamples.points(),
                AntiderivativesMistakes.ofTwoX());
        check.checkAntiderivative("ofThreeXSquaredMinusFourX()", a.ofThreeXSquaredMinusFourX(), "3*x^2-4*x", "x",
                FormulaSamples.points(), AntiderivativesMistakes.ofThreeXSquaredMinusFourX());
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
