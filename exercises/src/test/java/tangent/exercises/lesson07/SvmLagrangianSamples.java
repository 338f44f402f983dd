package tangent.exercises.lesson07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tangent.exercises.FormulaSamples;
import tangent.grader.check.ExpressionCheck;
import tangent.grader.check.KnownMistake;

/**
 * The text's three points: the Lagrangian is the text's L, its partial derivatives are the CAS's
 * partials of that L (both with the grader's own check and hints: any equivalent form passes), and its
 * stationary point is a = b = 2/3, c = -1.
 */
public abstract class SvmLagrangianSamples {

    static final double[][] POINTS = {{0, 0}, {1, 2}, {2, 1}};
    static final int[] LABELS = {-1, 1, 1};
    /** The text's L for its three points, as the task states it. */
    static final String TEXTS_LAGRANGIAN = "a^2 + b^2 + l1*(-c - 1) + l2*(a + 2*b + c - 1) + l3*(2*a + b + c - 1)";
    static final String[] VARIABLES = {"a", "b", "c", "l1", "l2", "l3"};
    private static final ExpressionCheck CHECK = ExpressionCheck.in(VARIABLES);

    /** Your implementation, for example {@code return new MySvmLagrangian();}. */
    protected abstract SvmLagrangian create();

    @Test
    void theLagrangianOfTheTextsPoints() {
        KnownMistake.check(CHECK, "lagrangian({{0, 0}, {1, 2}, {2, 1}}, {-1, 1, 1})", create().lagrangian(POINTS, LABELS),
                TEXTS_LAGRANGIAN, FormulaSamples.points(), SvmLagrangianMistakes.lagrangian(TEXTS_LAGRANGIAN));
    }

    @Test
    void itsSixPartialDerivatives() {
        String[] expected = Arrays.stream(VARIABLES).map(v -> FormulaSamples.derivativeOf(TEXTS_LAGRANGIAN, v))
                .toArray(String[]::new);
        KnownMistake.checkVector(CHECK, "partialDerivatives({{0, 0}, {1, 2}, {2, 1}}, {-1, 1, 1}), in the order dL/da, "
                + "dL/db, dL/dc, dL/dl1, ...", create().partialDerivatives(POINTS, LABELS), expected, FormulaSamples.points(),
                SvmLagrangianMistakes.partialDerivatives(expected));
    }

    @Test
    void theStationaryPointWithAllThreeActive() {
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3, -1, -8.0 / 9, -4.0 / 9, -4.0 / 9},
                create().stationaryPoint(POINTS, LABELS, new int[] {0, 1, 2}), 1e-9);
    }
}
