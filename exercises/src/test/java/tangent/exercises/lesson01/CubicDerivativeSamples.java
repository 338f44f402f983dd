package tangent.exercises.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;

/** The derivative of x^3 - 2x^2 + 1 at a few points, and its agreement with the rate of change. */
public abstract class CubicDerivativeSamples {

    /** Your implementation, for example {@code return new MyCubicDerivative();}. */
    protected abstract CubicDerivative create();

    @Test
    void derivativeAtTwoAndZero() {
        CubicDerivative d = create();
        assertEquals(4.0, d.derivative(2), 1e-12);
        assertEquals(0.0, d.derivative(0), 1e-12);
    }

    @Test
    void expressionIsTheDerivative() {
        // the grader's own check and hints: any equivalent form passes, as in tangent grade
        FormulaSamples.in("x", -3, 3).check("derivativeExpression()", create().derivativeExpression(),
                FormulaSamples.derivativeOf("x^3 - 2*x^2 + 1", "x"), FormulaSamples.points(), CubicDerivativeMistakes.derivative());
    }

    @Test
    void rateOfChangeIsCloseToTheRule() {
        double[] rates = create().rateOfChange(new double[] {2}, 0.0001);
        assertEquals(4.0, rates[0], 1e-3);
    }

    @Test
    void largestDisagreementOverMinusTenToTen() {
        assertEquals(0.0032, create().largestDisagreement(0.0001, -10, 10, 500), 1e-5);
    }
}
