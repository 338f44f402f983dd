package tangent.exercises.lesson06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;

/** log x has no critical point; the cubic's derivative is zero at 0 and 4/3. */
public abstract class DerivativeScanSamples {

    /** Your implementation, for example {@code return new MyDerivativeScan();}. */
    protected abstract DerivativeScan create();

    @Test
    void logDerivativeIsTheDerivative() {
        // the grader's own check: any equivalent form passes; log is the natural logarithm
        FormulaSamples.in("x", 0.1, 5).check("logDerivative()", create().logDerivative(),
                FormulaSamples.derivativeOf("Log(x)", "x"), FormulaSamples.points(), DerivativeScanMistakes.logDerivative());
    }

    @Test
    void logHasNoCriticalPointAndNoExtremum() {
        assertArrayEquals(new double[0], create().criticalPoints(x -> 1 / x, 0.01, 100, 1000), 0);
        assertFalse(create().hasLocalExtremum(x -> 1 / x, 0.01, 100, 1000));
    }

    @Test
    void theCubicsDerivativeIsZeroAtZeroAndFourThirds() {
        assertArrayEquals(new double[] {0, 4.0 / 3}, create().criticalPoints(x -> 3 * x * x - 4 * x, -1, 2, 30), 1e-9);
        assertTrue(create().hasLocalExtremum(x -> 3 * x * x - 4 * x, -1, 2, 30));
    }
}
