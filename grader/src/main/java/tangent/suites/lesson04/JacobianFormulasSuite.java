package tangent.suites.lesson04;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson04.JacobianFormulas;
import tangent.exercises.lesson04.JacobianFormulasMistakes;
import tangent.grader.check.Copies;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Points;
import tangent.reference.lesson04.ReferenceJacobianFormulas;
import tangent.suites.CourseFunctions;

/**
 * The text's two Jacobians as formulas, against symja's (from the CAS table). Entries are compared
 * at random points of x, y and the constants p to u, each in [-2, 2], then proved equal by the CAS.
 */
@Grades(JacobianFormulas.class)
class JacobianFormulasSuite {

    private static final ExpressionCheck XY = ExpressionCheck.in("x", "y");
    /**
     * The sigmoid layer with a small proof budget per entry. Symja proves e^-z / (1 + e^-z)^2 forms
     * at once, and the text's own S(z) (1 - S(z)) form in about 16,000 CAS steps since CasProof
     * expands exponents after Together (plain Together leaves E^(2px + 2qy + 2(-px - qy)) as it is).
     * Forms it cannot prove may send Simplify searching for the whole budget, and a matrix has six
     * entries, so each proof gets 50,000 steps (a tenth of a second or so): an answer that agrees at
     * every point but is not proved within them is still right (flagged numeric).
     */
    private static final ExpressionCheck LAYER = CourseFunctions.withSigmoid(ExpressionCheck.in("x", "y")
            .withConstants(ReferenceJacobianFormulas.CONSTANTS).withProofSteps(50_000));

    private final ReferenceJacobianFormulas reference = new ReferenceJacobianFormulas();

    @Test
    @Points(4)
    @DisplayName("the Jacobian of (2xy, x^2 y) is [[2y, 2x], [2xy, x^2]]")
    void productPairAsInTheText(JacobianFormulas student, RandomGenerator random) {
        // the known mistakes are shared with the public samples
        JacobianFormulasMistakes.check(XY, "productPair(), the Jacobian of (2xy, x^2 y)", student.productPair(),
                reference.productPair(), random, JacobianFormulasMistakes.productPair());
        Copies.freshStringRows("productPair()", student::productPair); // "a new 2 x 2 array"
    }

    @Test
    @Points(4)
    @DisplayName("the Jacobian of (S(px + qy), S(rx + sy), S(tx + uy)) is 3x2, with entries S'(z) times p, q, ...")
    void sigmoidLayerOfTheTask(JacobianFormulas student, RandomGenerator random) {
        JacobianFormulasMistakes.check(LAYER, "sigmoidLayer(), the Jacobian of (S(px + qy), S(rx + sy), S(tx + uy))",
                student.sigmoidLayer(), reference.sigmoidLayer(), random, JacobianFormulasMistakes.sigmoidLayer());
        Copies.freshStringRows("sigmoidLayer()", student::sigmoidLayer); // "a new 3 x 2 array"
    }
}
