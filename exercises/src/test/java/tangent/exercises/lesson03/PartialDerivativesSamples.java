package tangent.exercises.lesson03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The gradients are written for every function of the text. Whether a formula is right is checked
 * by the grader (any equivalent form counts); here only that something is written.
 */
public abstract class PartialDerivativesSamples {

    /** Your implementation, for example {@code return new MyPartialDerivatives();}. */
    protected abstract PartialDerivatives create();

    @Test
    void everyGradientHasTwoFormulas() {
        for (Surface f : Surface.values()) {
            String[] gradient = create().gradient(f);
            assertEquals(2, gradient.length, "gradient(" + f + ") has one formula per variable");
            for (String component : gradient) {
                assertFalse(component == null || component.isBlank(), "write each partial derivative, e.g. 2*x");
            }
        }
    }

    @Test
    void everyPartialIsWritten() {
        String partial = create().partial(Surface.SQUARE_PLUS_CUBE, "y");
        assertFalse(partial == null || partial.isBlank(), "write d/dy (x^2 + y^3), e.g. 3*y^2");
    }

    @Test
    void anUnknownVariableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create().partial(Surface.SUM_OF_SQUARES, "z"));
    }
}
