package tangent.exercises.lesson05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.exercises.Notation;
import tangent.grader.check.ExpressionCheck;

/**
 * The text's example, x = 2, w1 = 3, w2 = 4, and both derivatives as expressions, checked with the
 * grader's own check and hints (any equivalent form passes, S(z) for the sigmoid too) against the
 * CAS's derivatives of y = S(w2 S(w1 x)).
 */
public abstract class NestedSigmoidsSamples {

    /** y = S(w2 S(w1 x)), the task's network, in the CAS's syntax. */
    private static final String OUTPUT = "1/(1+E^(-(w2/(1+E^(-(w1*x))))))";
    private static final ExpressionCheck IN_X_W1_W2 = ExpressionCheck.in("x", "w1", "w2")
            .withFunction(Notation.SIGMOID_NAMES, Notation.SIGMOID);

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

    @Test
    void derivativesAsExpressions() {
        IN_X_W1_W2.check("dOutputDw2Expression()", create().dOutputDw2Expression(), FormulaSamples.derivativeOf(OUTPUT, "w2"),
                FormulaSamples.points(), NestedSigmoidsMistakes.dw2Expression());
        IN_X_W1_W2.check("dOutputDw1Expression()", create().dOutputDw1Expression(), FormulaSamples.derivativeOf(OUTPUT, "w1"),
                FormulaSamples.points(), NestedSigmoidsMistakes.dw1Expression());
    }
}
