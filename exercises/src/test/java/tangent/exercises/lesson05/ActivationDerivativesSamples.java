package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;

/** The three activations and their slopes at a few points, ReLU'(0) included. */
public abstract class ActivationDerivativesSamples {

    /** Your implementation, for example {@code return new MyActivationDerivatives();}. */
    protected abstract ActivationDerivatives create();

    @Test
    void values() {
        ActivationDerivatives f = create();
        assertEquals(0.5, f.sigmoid(0), 1e-12);
        assertEquals(0.8807970779778823, f.sigmoid(2), 1e-12);
        assertEquals(0.0, f.relu(-1.5), 0.0);
        assertEquals(2.5, f.relu(2.5), 0.0);
        assertEquals(0.7615941559557649, f.tanh(1), 1e-12);
    }

    @Test
    void sigmoidSlopeIsSTimesOneMinusS() {
        assertEquals(0.25, create().sigmoidDerivative(0), 1e-12, "S'(0) = 0.5 * 0.5, with no factor 2");
        assertEquals(0.10499358540350662, create().sigmoidDerivative(2), 1e-12);
    }

    @Test
    void reluSlopeIsOneWherePositiveAndZeroElsewhere() {
        assertEquals(0.0, create().reluDerivative(-2), 0.0);
        assertEquals(0.0, create().reluDerivative(0), 0.0, "ReLU'(0) is 0, as the text's (z > 0)");
        assertEquals(1.0, create().reluDerivative(0.5), 0.0);
    }

    @Test
    void tanhSlopeIsOneMinusTanhSquared() {
        assertEquals(1.0, create().tanhDerivative(0), 1e-12);
        assertEquals(0.41997434161402614, create().tanhDerivative(1), 1e-12);
    }

    @Test
    void tanhDerivativeExpressionIsTheSlope() {
        // the grader's own check: any equivalent form passes
        FormulaSamples.in("z", -3, 3).check("tanhDerivativeExpression()", create().tanhDerivativeExpression(),
                FormulaSamples.derivativeOf("Tanh(z)", "z"), FormulaSamples.points(), ActivationDerivativesMistakes.tanh());
    }

    @Test
    void finiteFarOut() {
        ActivationDerivatives f = create();
        assertEquals(0.0, f.sigmoid(-1000), 1e-12);
        assertEquals(0.0, f.sigmoidDerivative(1000), 1e-12);
        assertEquals(0.0, f.tanhDerivative(-1000), 1e-12);
    }
}
