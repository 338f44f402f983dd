package tangent.exercises.lesson03;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.KnownMistake;

/**
 * The gradient of every function of the text, and the text's partial d/dy (x^2 + y^3), checked with
 * the grader's own check (any equivalent form counts) against the CAS's derivatives of the function.
 */
public abstract class PartialDerivativesSamples {

    /** Your implementation, for example {@code return new MyPartialDerivatives();}. */
    protected abstract PartialDerivatives create();

    /** Formulas in x and y sampled on [-3, 3], as the grader samples them. */
    private static final ExpressionCheck CHECK = ExpressionCheck.in("x", "y").withDomain("x", -3, 3).withDomain("y", -3, 3);

    @Test
    void everyGradientIsTheFunctionsPartials() {
        for (Surface f : Surface.values()) {
            KnownMistake.checkVector(CHECK, PartialDerivativesMistakes.gradientCall(f), create().gradient(f), new String[] {
                FormulaSamples.derivativeOf(f.formula(), "x"), FormulaSamples.derivativeOf(f.formula(), "y")},
                    FormulaSamples.points(), PartialDerivativesMistakes.gradient(f));
        }
    }

    @Test
    void theTextsPartialIsTheDerivativeInY() {
        CHECK.check("partial(SQUARE_PLUS_CUBE, \"y\")", create().partial(Surface.SQUARE_PLUS_CUBE, "y"),
                FormulaSamples.derivativeOf(Surface.SQUARE_PLUS_CUBE.formula(), "y"), FormulaSamples.points());
    }

    @Test
    void anUnknownVariableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create().partial(Surface.SUM_OF_SQUARES, "z"));
    }
}
