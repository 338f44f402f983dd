package tangent.exercises.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.exercises.Notation;

/** The sigmoid and its slope at 0 and 2, and far out where a careless formula gives NaN. */
public abstract class SigmoidSamples {

    /** Your implementation, for example {@code return new MySigmoid();}. */
    protected abstract Sigmoid create();

    @Test
    void valueAtZeroAndTwo() {
        assertEquals(0.5, create().value(0), 1e-12);
        assertEquals(0.8807970779778823, create().value(2), 1e-12);
    }

    @Test
    void derivativeAtZeroAndTwo() {
        assertEquals(0.25, create().derivative(0), 1e-12);
        assertEquals(0.10499358540350662, create().derivative(2), 1e-12);
    }

    @Test
    void derivativeExpressionIsTheSlope() {
        // the grader's own check: any equivalent form passes, S(x) for the sigmoid too
        FormulaSamples.in("x", -6, 6).withFunction(Notation.SIGMOID_NAMES, Notation.SIGMOID)
                .check("derivativeExpression()", create().derivativeExpression(),
                        FormulaSamples.derivativeOf("1/(1+E^(-x))", "x"), FormulaSamples.points(), SigmoidMistakes.derivative());
    }

    @Test
    void finiteFarOut() {
        assertEquals(0.0, create().derivative(-1000), 1e-12);
        assertEquals(0.0, create().derivative(1000), 1e-12);
    }
}
