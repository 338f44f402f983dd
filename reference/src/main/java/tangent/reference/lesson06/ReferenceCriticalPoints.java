package tangent.reference.lesson06;

import java.util.Arrays;
import java.util.Comparator;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;
import tangent.cas.Cas;
import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/**
 * Critical points solved exactly by symja (Solve on f' = 0 over the reals), and each classified
 * by the exact sign of f'' at the exact root: for degree 3 and less, f'' = 0 at a critical point
 * means a double root of f', where f' does not change sign.
 */
public final class ReferenceCriticalPoints implements CriticalPoints {

    /** The text's cubic x^3 - 2x^2 + 1, lowest power first. */
    public static final double[] TEXT_CUBIC = {1, 0, -2, 1};

    /** The critical points of a polynomial, ascending, and the kind of each. */
    public record Analysis(double[] points, CriticalPointKind[] kinds) {
    }

    @Override
    public double[] criticalPoints(double[] coefficients) {
        return analyse(coefficients).points();
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        return analyse(coefficients).kinds();
    }

    /** Both answers from one call of the CAS. */
    public static Analysis analyse(double[] coefficients) {
        String f = Polynomials.exactText(Polynomials.requireDegreeOneToThree(coefficients));
        // Solve announces "Inverse functions are being used" for f' = k x^2; quiet, so that
        // nothing is printed into the output of the test that asked.
        EvalEngine engine = Cas.evaluator().getEvalEngine();
        boolean wasQuiet = engine.isQuietMode();
        engine.setQuietMode(true);
        IExpr pairs;
        try {
            // {{root, sign of f'' at the exact root}, ...}
            pairs = Cas.eval("Map({N(#), Sign(D(" + f + ", {x, 2}) /. x -> #)} &, Map(x /. # &, Solve(D(" + f
                    + ", x) == 0, x, Reals)))");
        } finally {
            engine.setQuietMode(wasQuiet);
        }
        double[][] found = new double[pairs.argSize()][];
        for (int i = 0; i < found.length; i++) {
            IExpr pair = pairs.getAt(i + 1);
            found[i] = new double[] {pair.getAt(1).evalDouble(), pair.getAt(2).toIntDefault()};
        }
        Arrays.sort(found, Comparator.comparingDouble(p -> p[0]));
        double[] points = new double[found.length];
        CriticalPointKind[] kinds = new CriticalPointKind[found.length];
        for (int i = 0; i < found.length; i++) {
            points[i] = found[i][0];
            kinds[i] = found[i][1] < 0 ? CriticalPointKind.LOCAL_MAXIMUM
                    : found[i][1] > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.NEITHER;
        }
        return new Analysis(points, kinds);
    }
}
