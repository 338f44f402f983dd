package tangent.exercises.lesson04;

import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.exercises.Notation;
import tangent.grader.check.ExpressionCheck;

/**
 * The Jacobians have the text's shapes (rows are outputs, columns are inputs) and every entry is
 * checked with the grader's own check and hints (any equivalent form counts) against the CAS's
 * partials of the task's outputs: (2xy, x^2 y), and the three sigmoid neurons with the constants p
 * to u.
 */
public abstract class JacobianFormulasSamples {

    /** Your implementation, for example {@code return new MyJacobianFormulas();}. */
    protected abstract JacobianFormulas create();

    /**
     * The layer's check as the grader makes it: x and y, the task's six constants, S(z) read as the
     * sigmoid, and a small proof budget per entry (an equivalent form the CAS does not prove within it
     * still passes, on the sampled points).
     */
    private static final ExpressionCheck LAYER = ExpressionCheck.in("x", "y").withConstants("p", "q", "r", "s", "t", "u")
            .withFunction(Notation.SIGMOID_NAMES, Notation.SIGMOID).withProofSteps(50_000);

    @Test
    void productPairIsTheJacobianOfTheTextsPair() {
        JacobianFormulasMistakes.check(ExpressionCheck.in("x", "y"), "productPair(), the Jacobian of (2xy, x^2 y)",
                create().productPair(), jacobian("2*x*y", "x^2*y"), FormulaSamples.points(),
                JacobianFormulasMistakes.productPair());
    }

    @Test
    void sigmoidLayerIsTheJacobianOfTheThreeNeurons() {
        String sigmoid = "1/(1+E^(-(%s)))";
        JacobianFormulasMistakes.check(LAYER, "sigmoidLayer(), the Jacobian of (S(px + qy), S(rx + sy), S(tx + uy))",
                create().sigmoidLayer(),
                jacobian(sigmoid.formatted("p*x+q*y"), sigmoid.formatted("r*x+s*y"), sigmoid.formatted("t*x+u*y")),
                FormulaSamples.points(), JacobianFormulasMistakes.sigmoidLayer());
    }

    /** The CAS's partials of the outputs: a row per output, columns x, then y. */
    private static String[][] jacobian(String... outputs) {
        String[][] rows = new String[outputs.length][];
        for (int i = 0; i < outputs.length; i++) {
            rows[i] = new String[] {FormulaSamples.derivativeOf(outputs[i], "x"), FormulaSamples.derivativeOf(outputs[i], "y")};
        }
        return rows;
    }
}
